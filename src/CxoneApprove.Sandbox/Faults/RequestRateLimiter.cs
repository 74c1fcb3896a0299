using System.Globalization;
using CxoneApprove.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Faults;

/// <summary>
/// A token bucket over every request but <c>POST /oauth/token</c>: holds <c>ceil(rate)</c> requests, refills at
/// <c>rate</c> per second on the sandbox clock, and answers 429 with a whole-second Retry-After (at least 1) when empty.
/// </summary>
internal sealed class RequestRateLimiter
{
    private readonly Lock _gate = new();
    private readonly double _rate;
    private readonly double _capacity;
    private readonly TimeProvider _timeProvider;
    private double _available;
    private DateTimeOffset _refilledAt;

    public RequestRateLimiter(double requestsPerSecond, TimeProvider timeProvider)
    {
        _rate = requestsPerSecond;
        _capacity = Math.Ceiling(requestsPerSecond);
        _timeProvider = timeProvider;
        _available = _capacity;
        _refilledAt = timeProvider.GetUtcNow();
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var wait = TimeSpan.Zero;
        if (context.Request.Path.Equals("/oauth/token", StringComparison.OrdinalIgnoreCase) || TryAcquire(out wait))
        {
            await next(context);
            return;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var rate = _rate.ToString("0.###", CultureInfo.InvariantCulture);
        await ApiResult.Error(
                StatusCodes.Status429TooManyRequests,
                "rate_limited",
                $"the sandbox accepts {rate} requests per second; retry after {seconds} s",
                ApiResult.Header("Retry-After", seconds.ToString(CultureInfo.InvariantCulture)))
            .WriteAsync(context);
    }

    private bool TryAcquire(out TimeSpan wait)
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
                wait = TimeSpan.Zero;
                return true;
            }

            wait = TimeSpan.FromSeconds((1 - _available) / _rate);
            return false;
        }
    }
}
