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
    public void Succeeded_RecoversTowardsButNeverAboveTheCeiling()
    {
        var limiter = new AdaptiveRateLimiter(20, new FakeTimeProvider());
        limiter.Throttled(null);
        limiter.Throttled(null);
        var low = limiter.CurrentRate;

        for (var i = 0; i < 5; i++)
        {
            limiter.Succeeded();
        }

        Assert.True(limiter.CurrentRate > low);
        for (var i = 0; i < 1000; i++)
        {
            limiter.Succeeded();
        }

        Assert.Equal(20, limiter.CurrentRate);
    }
}
