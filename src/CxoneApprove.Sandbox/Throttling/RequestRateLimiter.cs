using System.Globalization;
using CxoneApprove.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Throttling;

/// <summary>
/// One organization's limit, shared by every client: a token bucket over every request but the sign-in endpoints. It
/// holds <c>ceil(rate)</c> requests, refills at <c>rate</c> per second on the sandbox clock, answers 429 with a
/// whole-second Retry-After (at least 1) when empty, and tells every counted answer where the bucket stands.
/// </summary>
internal sealed class RequestRateLimiter
{
    private readonly Lock _gate = new();
    private readonly double _rate;
    private readonly double _capacity;
    private readonly RateLimitHeaders _headers;
    private readonly TimeProvider _timeProvider;
    private double _available;
    private DateTimeOffset _refilledAt;

    public RequestRateLimiter(double requestsPerSecond, RateLimitHeaders headers, TimeProvider timeProvider)
    {
        _rate = requestsPerSecond;
        _capacity = Math.Ceiling(requestsPerSecond);
        _headers = headers;
        _timeProvider = timeProvider;
        _available = _capacity;
        _refilledAt = timeProvider.GetUtcNow();
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (SignInPaths.Contains(context.Request.Path))
        {
            await next(context);
            return;
        }

        var bucket = TryAcquire();
        foreach (var (name, value) in Describe(bucket))
        {
            context.Response.Headers[name] = value;
        }

        if (bucket.Acquired)
        {
            await next(context);
            return;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(bucket.Wait.TotalSeconds));
        var rate = _rate.ToString("0.###", CultureInfo.InvariantCulture);
        await ApiResult.Error(
                StatusCodes.Status429TooManyRequests,
                "rate_limited",
                $"the sandbox accepts {rate} requests per second; retry after {seconds} s",
                ApiResult.Header("Retry-After", seconds.ToString(CultureInfo.InvariantCulture)))
            .WriteAsync(context);
    }

    private IEnumerable<KeyValuePair<string, string>> Describe(BucketState bucket)
    {
        var limit = ((long)_capacity).ToString(CultureInfo.InvariantCulture);
        var remaining = ((long)Math.Floor(bucket.Remaining)).ToString(CultureInfo.InvariantCulture);
        var untilFull = (long)Math.Ceiling((_capacity - bucket.Remaining) / _rate);
        switch (_headers)
        {
            case RateLimitHeaders.XRateLimit:
                yield return new("X-RateLimit-Limit", limit);
                yield return new("X-RateLimit-Remaining", remaining);
                yield return new("X-RateLimit-Reset", (bucket.At.ToUnixTimeSeconds() + untilFull).ToString(CultureInfo.InvariantCulture));
                break;
            case RateLimitHeaders.Ietf:
                var window = (long)Math.Ceiling(_capacity / _rate);
                yield return new("RateLimit-Limit", limit);
                yield return new("RateLimit-Remaining", remaining);
                yield return new("RateLimit-Reset", untilFull.ToString(CultureInfo.InvariantCulture));
                yield return new("RateLimit-Policy", string.Create(CultureInfo.InvariantCulture, $"{limit};w={window}"));
                break;
        }
    }

    private BucketState TryAcquire()
    {
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            var elapsed = (now - _refilledAt).TotalSeconds;
            if (elapsed > 0)
            {
                _available = Math.Min(_capacity, _available + (elapsed * _rate));
                _refilledAt = now;
            }

            if (_available >= 1)
            {
                _available -= 1;
                return new BucketState(true, _available, TimeSpan.Zero, now);
            }

            return new BucketState(false, _available, TimeSpan.FromSeconds((1 - _available) / _rate), now);
        }
    }

    /// <summary>The bucket just after a request took (or failed to take) its place, and when that was.</summary>
    private sealed record BucketState(bool Acquired, double Remaining, TimeSpan Wait, DateTimeOffset At);
}
