using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.Sandbox.Endpoints;

/// <summary>
/// The server's own, deliberately simple, content check on approve. Independent of the client's validator on purpose:
/// it refuses a little less (no SMS length or opt-out rules, none of Meta's variable rules) and one thing more (public
/// URL shorteners). WhatsApp templates get Meta's basic length limits, counted in UTF-16 units.
/// </summary>
internal static class ServerComplianceCheck
{
    private const int WhatsAppBodyLimit = 1024;
    private const int WhatsAppHeaderLimit = 60;
    private const int WhatsAppFooterLimit = 60;
    private static readonly string[] UrlShorteners = ["bit.ly/", "tinyurl.com/", "goo.gl/", "t.co/", "ow.ly/"];

    /// <summary>Why the template cannot be approved, or <see langword="null"/> when it can.</summary>
    public static string? Refusal(SandboxTemplate template)
    {
        if (string.IsNullOrWhiteSpace(template.Content))
        {
            return "content is empty";
        }

        var fromAddress = template.FromAddress;
        if (fromAddress.Length == 0 || !fromAddress.All(char.IsAsciiDigit))
        {
            return $"from_address '{fromAddress}' must be digits only, e.g. a 5-6 digit short code such as 12345";
        }

        var lengthProblem = template.IsWhatsApp
            ? TooLong("content", template.Content, WhatsAppBodyLimit)
                ?? TooLong("header", template.Header, WhatsAppHeaderLimit)
                ?? TooLong("footer", template.Footer, WhatsAppFooterLimit)
            : null;
        if (lengthProblem is not null)
        {
            return lengthProblem;
        }

        var text = string.Join(' ', template.Header, template.Content, template.Footer);
        var shortener = UrlShorteners.FirstOrDefault(host => text.Contains(host, StringComparison.OrdinalIgnoreCase));
        return shortener is null
            ? null
            : $"content links through the public URL shortener {shortener.TrimEnd('/')}, which carriers filter; use a full branded URL";
    }

    private static string? TooLong(string field, string? text, int limit) =>
        text is { Length: var length } && length > limit
            ? $"{field} is {length} characters; WhatsApp allows at most {limit}"
            : null;
}
