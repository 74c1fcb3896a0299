namespace CxoneApprove.Compliance;

/// <summary>
/// Public link shorteners: services anyone can use, whose domains carriers filter because the same host
/// carries everyone's links. A brand's own short domain (on Bitly or elsewhere) is not among them.
/// </summary>
internal static class ShortenerHosts
{
    private static readonly HashSet<string> Hosts = new(Vocabulary.Words(
        "bit.ly bitly.com bit.do j.mp tinyurl.com tiny.cc tiny.one tiny.ie t.co goo.gl ow.ly ht.ly is.gd v.gd buff.ly " +
        "rebrand.ly cutt.ly shorturl.at rb.gy t.ly bl.ink b.link lnkd.in s.id qrco.de shorte.st adf.ly bc.vc soo.gd u.to " +
        "x.co clck.ru cli.gs mcaf.ee po.st tr.im ity.im snip.ly surl.li t2m.io shrtco.de gg.gg ouo.io dub.sh shortcm.li " +
        "kutt.it n9.cl chilp.it budurl.com dlvr.it ift.tt lnk.to"), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="host"/> (lower case, without <c>www.</c>) is a public shortener.</summary>
    public static bool Contains(string host) => Hosts.Contains(host);
}
