namespace CxoneApprove.Sandbox.Endpoints;

/// <summary>
/// The server's own, deliberately simple, content check on approve. Independent of the client's validator on purpose:
/// it refuses a little less (no length or opt-out rules) and one thing more (public URL shorteners).
/// </summary>
internal static class ServerComplianceCheck
{
    private static readonly string[] UrlShorteners = ["bit.ly/", "tinyurl.com/", "goo.gl/", "t.co/", "ow.ly/"];

    /// <summary>Why the content cannot be approved, or <see langword="null"/> when it can.</summary>
    public static string? Refusal(string content, string fromAddress)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return "content is empty";
        }

        if (fromAddress.Length == 0 || !fromAddress.All(char.IsAsciiDigit))
        {
            return $"from_address '{fromAddress}' must be digits only, e.g. a 5-6 digit short code such as 12345";
        }

        var shortener = UrlShorteners.FirstOrDefault(host => content.Contains(host, StringComparison.OrdinalIgnoreCase));
        return shortener is null
            ? null
            : $"content links through the public URL shortener {shortener.TrimEnd('/')}, which carriers filter; use a full branded URL";
    }
}
