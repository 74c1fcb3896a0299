namespace CxoneApprove.Compliance;

/// <summary>
/// Links: no public shortener (<c>url_shortener</c>), HTTPS only (<c>url_insecure</c>), and, when the
/// brand's domains are known, links on them or on its branded short domains (<c>url_domain</c>).
/// </summary>
internal static class LinkRules
{
    private const int MaxQuoted = 60;

    /// <summary>Reports the links of the content; an http link is an error on SMS and a warning on WhatsApp.</summary>
    public static void Check(RuleContext context, FindingList findings)
    {
        var brand = DomainNames.NormalizeAll(context.Options.BrandDomains);
        var shortLinks = DomainNames.NormalizeAll(context.Options.ShortLinkDomains);
        var insecure = context.Template.Channel == MessageChannel.WhatsApp ? RuleSeverity.Warning : RuleSeverity.Error;
        foreach (var link in LinkFinder.Find(context.Content))
        {
            var written = Quote(context.Content.Substring(link.Index, link.Length));
            var own = brand.Any(link.IsOn) || shortLinks.Any(link.IsOn);
            if (!own && ShortenerHosts.Contains(link.Host))
            {
                var instead = brand.Count > 0 ? $" such as {brand[0]}" : string.Empty;
                findings.Add(new Finding(Rules.UrlShortener, RuleSeverity.Error,
                    $"{written} uses {link.Host}, a public link shortener that carriers filter — link to your own domain{instead}, or list your branded short domain in the policy's short_link_domains")
                    .At(link.Index, link.Length));
            }
            else if (!own && brand.Count > 0)
            {
                findings.Add(new Finding(Rules.UrlDomain, RuleSeverity.Warning,
                    $"{written} is on {link.Host}, not on the brand's domains ({string.Join(", ", brand)}) — carriers expect links on the sender's own domain; add it to the policy's brand.domains if it is yours")
                    .At(link.Index, link.Length));
            }

            if (link.Scheme is { } scheme && scheme.Equals("http", StringComparison.OrdinalIgnoreCase))
            {
                findings.Add(new Finding(Rules.UrlInsecure, insecure,
                    $"{written} is not HTTPS — carriers reject messages with http:// links; use https://")
                {
                    Fix = "https",
                }.At(link.Index, scheme.Length));
            }
        }
    }

    /// <summary>A piece of content in quotes for a message: on one line, shortened past <see cref="MaxQuoted"/> characters.</summary>
    public static string Quote(string text)
    {
        var cut = text.Length <= MaxQuoted ? text.Length : char.IsHighSurrogate(text[MaxQuoted - 1]) ? MaxQuoted - 1 : MaxQuoted;
        var shown = new string([.. text[..cut].Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c)]);
        return $"\"{shown}{(cut < text.Length ? "…" : string.Empty)}\"";
    }
}
