namespace CxoneApprove.Compliance;

/// <summary>
/// Links: no public shortener (<c>url_shortener</c>), HTTPS only (<c>url_insecure</c>), and, when the
/// brand's domains are known, links on them or on its branded short domains (<c>url_domain</c>).
/// </summary>
internal static class LinkRules
{
    /// <summary>Reports the links of the content and of URL buttons; an http link is an error on SMS and a warning on WhatsApp.</summary>
    public static void Check(RuleContext context, FindingList findings)
    {
        var domains = new LinkDomains(DomainNames.NormalizeAll(context.Options.BrandDomains), DomainNames.NormalizeAll(context.Options.ShortLinkDomains));
        var insecure = context.Template.Channel == MessageChannel.WhatsApp ? RuleSeverity.Warning : RuleSeverity.Error;
        CheckText(context.Content, context.Links, null, domains, insecure, findings);
        foreach (var button in context.Template.Buttons.Where(b => b.Type == ButtonType.Url && !string.IsNullOrWhiteSpace(b.Url)))
        {
            CheckText(button.Url!, LinkFinder.Find(button.Url), "URL button", domains, insecure, findings);
        }
    }

    // `component` null: the content, and findings carry positions in it; otherwise a component outside it.
    private static void CheckText(string text, IReadOnlyList<Link> links, string? component, LinkDomains domains, RuleSeverity insecure, FindingList findings)
    {
        var (brand, shortLinks) = domains;
        var where = component is null ? string.Empty : $"{component} link ";
        foreach (var link in links)
        {
            var written = Snippet.Quote(text.Substring(link.Index, link.Length));
            var own = brand.Any(link.IsOn) || shortLinks.Any(link.IsOn);
            Finding? finding = null;
            if (!own && ShortenerHosts.Contains(link.Host))
            {
                var instead = brand.Count > 0 ? $" such as {brand[0]}" : string.Empty;
                finding = new Finding(Rules.UrlShortener, RuleSeverity.Error,
                    $"{where}{written} uses {link.Host}, a public link shortener that carriers filter — link to your own domain{instead}, or list your branded short domain in the policy's short_link_domains");
            }
            else if (!own && brand.Count > 0)
            {
                finding = new Finding(Rules.UrlDomain, RuleSeverity.Warning,
                    $"{where}{written} is on {link.Host}, not on the brand's domains ({string.Join(", ", brand)}) — carriers expect links on the sender's own domain; add it to the policy's brand.domains if it is yours");
            }

            if (finding is not null)
            {
                findings.Add(component is null ? finding.At(link.Index, link.Length) : finding);
            }

            if (link.Scheme is { } scheme && scheme.Equals("http", StringComparison.OrdinalIgnoreCase))
            {
                var http = new Finding(Rules.UrlInsecure, insecure, $"{where}{written} is not HTTPS — carriers reject messages with http:// links; use https://");
                findings.Add(component is null ? (http with { Fix = "https" }).At(link.Index, scheme.Length) : http);
            }
        }
    }

    private readonly record struct LinkDomains(IReadOnlyList<string> Brand, IReadOnlyList<string> ShortLinks);
}
