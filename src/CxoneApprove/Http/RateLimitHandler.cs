using System.Net;

namespace CxoneApprove.Http;

/// <summary>
/// Makes every attempt wait for a slot of the run's <see cref="AdaptiveRateLimiter"/>, and tells it what the server
/// answered: 429s, successes and the rate-limit headers of any response.
/// </summary>
internal sealed class RateLimitHandler : DelegatingHandler
{
    private readonly AdaptiveRateLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly TimeSpan _maxDelay;

    public RateLimitHandler(AdaptiveRateLimiter limiter, TimeProvider time, TimeSpan maxDelay)
    {
        _limiter = limiter;
        _time = time;
        _maxDelay = maxDelay;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var generation = await _limiter.WaitAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        var now = _time.GetUtcNow();
        if (RateLimitHeaders.Read(response.Headers, now, _maxDelay) is { } quota)
        {
            _limiter.Observe(quota);
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            _limiter.Throttled(RetryDelay.FromRetryAfter(response.Headers.RetryAfter, now, _maxDelay), generation);
        }
        else if (response.IsSuccessStatusCode)
        {
            _limiter.Succeeded();
        }

        return response;
    }
}
