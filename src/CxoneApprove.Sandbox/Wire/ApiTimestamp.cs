using System.Globalization;
using System.Text.RegularExpressions;

namespace CxoneApprove.Sandbox.Wire;

/// <summary>Timestamps on the wire: RFC 3339 in UTC, as the API writes and reads them.</summary>
internal static partial class ApiTimestamp
{
    /// <summary>UTC, whole seconds when the fraction is zero (<c>2026-11-20T08:30:00Z</c>), else up to 7 digits without trailing zeros.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads RFC 3339 / ISO 8601 date-times with an offset, including Go's <c>time.Time</c> form with nanoseconds
    /// (<c>2026-11-27T10:00:00.123456789Z</c>), which <see cref="DateTimeOffset"/> alone cannot parse.
    /// </summary>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        var match = Rfc3339().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var fraction = match.Groups["fraction"].Value;
        if (fraction.Length > 8)
        {
            fraction = fraction[..8]; // '.' plus the 7 digits DateTimeOffset keeps
        }

        var offset = match.Groups["offset"].Value.ToUpperInvariant();
        if (offset.Length == 5)
        {
            offset = offset[..3] + ":" + offset[3..];
        }

        var normalized = match.Groups["datetime"].Value.ToUpperInvariant() + fraction + offset;
        return DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    [GeneratedRegex(@"^(?<datetime>\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2})(?<fraction>\.\d+)?(?<offset>[Zz]|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
