using CxoneApprove.Http;
using Microsoft.Extensions.Time.Testing;

namespace CxoneApprove.Tests.Http;

public sealed class AdaptiveRateLimiterTests
{
    [Fact]
    public async Task WaitAsync_SpacesRequestsAtTheConfiguredRate()
    {
        var time = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(10, time);

        await limiter.WaitAsync(CancellationToken.None);
        var second = limiter.WaitAsync(CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(99));
        await Task.Yield();
        Assert.False(second.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(1));
        await second;
    }

    [Fact]
    public async Task Throttled_SlowsDownAndPausesEveryoneForRetryAfter()
    {
        var time = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(10, time);

        limiter.Throttled(TimeSpan.FromSeconds(2));

        Assert.Equal(7, limiter.CurrentRate, 3);
        var next = limiter.WaitAsync(CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(1999));
        await Task.Yield();
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await next;
    }

    [Fact]
    public void Succeeded_ClimbsBackWithTime_FastFarBelowTheThrottledRate_SlowNearIt_NeverAboveTheCeiling()
    {
        var time = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(20, time);
        limiter.Throttled(null); // throttled at 20 → 14

        limiter.Succeeded();
        Assert.Equal(14, limiter.CurrentRate, 3); // no time has passed: no climb

        time.Advance(TimeSpan.FromSeconds(1));
        limiter.Succeeded();
        Assert.Equal(16, limiter.CurrentRate, 3); // fast: 10% of the ceiling per second

        time.Advance(TimeSpan.FromSeconds(1));
        limiter.Succeeded();
        Assert.Equal(18, limiter.CurrentRate, 3);

        time.Advance(TimeSpan.FromSeconds(1));
        limiter.Succeeded();
        Assert.Equal(18.4, limiter.CurrentRate, 3); // near the throttled rate: 2% per second

        time.Advance(TimeSpan.FromMinutes(5));
        limiter.Succeeded();
        Assert.Equal(20, limiter.CurrentRate);
    }

    [Fact]
    public void ManySuccessesInAnInstant_DoNotUndoAThrottle()
    {
        var limiter = new AdaptiveRateLimiter(20, new FakeTimeProvider());
        limiter.Throttled(null);

        for (var i = 0; i < 1000; i++)
        {
            limiter.Succeeded();
        }

        Assert.Equal(14, limiter.CurrentRate, 3);
    }
}
