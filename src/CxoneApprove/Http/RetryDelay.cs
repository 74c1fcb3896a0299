using System.Net.Http.Headers;

namespace CxoneApprove.Http;

/// <summary>How long to wait before the next attempt: the server's Retry-After, else backoff with jitter.</summary>
internal static class RetryDelay
{
    /// <summary>
    /// Exponential backoff: the first delay is drawn from [<see cref="HttpSettings.FirstDelayMin"/>,
    /// <see cref="HttpSettings.FirstDelayMax"/>), each later one doubles it, none above
    /// <see cref="HttpSettings.MaxDelay"/>. <paramref name="jitter"/> in [0, 1) is drawn once per call,
    /// so the doubling holds between attempts.
    /// </summary>
    public static TimeSpan Backoff(int attempt, double jitter, HttpSettings settings)
    {
        var first = settings.FirstDelayMin + ((settings.FirstDelayMax - settings.FirstDelayMin) * Math.Clamp(jitter, 0, 1));
        var factor = Math.Pow(2, Math.Clamp(attempt, 0, 30));
        var delay = TimeSpan.FromMilliseconds(first.TotalMilliseconds * factor);
        return delay > settings.MaxDelay ? settings.MaxDelay : delay;
    }

    /// <summary>
    /// The wait a Retry-After header asks for, in either form (delta-seconds or HTTP date, the latter
    /// against <paramref name="now"/>), capped at <paramref name="cap"/>; null when there is none.
    /// </summary>
    public static TimeSpan? FromRetryAfter(RetryConditionHeaderValue? retryAfter, DateTimeOffset now, TimeSpan cap)
    {
        if (retryAfter is null)
        {
            return null;
        }

        TimeSpan wait;
        if (retryAfter.Delta is { } delta)
        {
            wait = delta;
        }
        else if (retryAfter.Date is { } date)
        {
            wait = date - now;
        }
        else
        {
            return null;
        }

        if (wait < TimeSpan.Zero)
        {
            wait = TimeSpan.Zero;
        }

        return wait > cap ? cap : wait;
    }
}
