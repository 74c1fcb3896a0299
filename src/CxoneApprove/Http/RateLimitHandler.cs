using System.Net;

namespace CxoneApprove.Http;

/// <summary>Makes every attempt wait for a slot of the run's <see cref="AdaptiveRateLimiter"/> and reports 429s to it.</summary>
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
        await _limiter.WaitAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            _limiter.Throttled(RetryDelay.FromRetryAfter(response.Headers.RetryAfter, _time.GetUtcNow(), _maxDelay));
        }
        else if (response.IsSuccessStatusCode)
        {
            _limiter.Succeeded();
        }

        return response;
    }
}
