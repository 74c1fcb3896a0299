using System.Globalization;
using System.Net.Http.Headers;

namespace CxoneApprove.Http;

/// <summary>What a server said about its rate limit window: its size (when given), what is left, and when it resets.</summary>
internal sealed record ServerQuota(int? Limit, int Remaining, DateTimeOffset ResetAt);

/// <summary>
/// Reads a response's rate-limit headers: the IETF <c>RateLimit-Limit/-Remaining/-Reset</c> fields, else the older
/// <c>X-RateLimit-*</c> ones. Many servers send none; then there is nothing to read and pacing learns from 429s alone.
/// </summary>
internal static class RateLimitHeaders
{
    // A reset this large is a Unix time (as GitHub sends it), not a number of seconds: 10^9 s is over 31 years.
    private const long UnixTimeThreshold = 1_000_000_000;

    /// <summary>
    /// The quota the headers describe, or null unless both what is left and when it resets are given. The reset is
    /// at most <paramref name="cap"/> away, as no Retry-After wait is longer either.
    /// </summary>
    public static ServerQuota? Read(HttpResponseHeaders headers, DateTimeOffset now, TimeSpan cap)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["RateLimit-", "X-RateLimit-"])
        {
            var remaining = Number(headers, prefix + "Remaining");
            var reset = Number(headers, prefix + "Reset");
            if (remaining is null || reset is null)
            {
                continue;
            }

            var seconds = reset.Value >= UnixTimeThreshold && prefix[0] == 'X'
                ? reset.Value - now.ToUnixTimeSeconds()
                : reset.Value;
            var wait = TimeSpan.FromSeconds(Math.Clamp(seconds, 0, cap.TotalSeconds));
            var limit = Number(headers, prefix + "Limit");
            return new ServerQuota(limit is null ? null : (int)Math.Min(int.MaxValue, limit.Value), (int)Math.Min(int.MaxValue, remaining.Value), now + wait);
        }

        return null;
    }

    /// <summary>The leading whole number of the header's first value (<c>"100, 100;w=60"</c> reads 100); null when absent or not a number.</summary>
    private static long? Number(HttpResponseHeaders headers, string name)
    {
        if (!headers.TryGetValues(name, out var values))
        {
            return null;
        }

        var text = values.FirstOrDefault()?.Trim() ?? "";
        var end = 0;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end > 0 && long.TryParse(text.AsSpan(0, end), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
