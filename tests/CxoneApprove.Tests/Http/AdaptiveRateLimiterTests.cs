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

    [Fact]
    public void WithoutACeiling_SendsFreelyUntilTheServerPushesBack()
    {
        var time = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(null, time);

        for (var i = 0; i < 100; i++)
        {
            Assert.True(limiter.WaitAsync(CancellationToken.None).AsTask().IsCompletedSuccessfully, $"request {i} waited");
        }

        Assert.Equal(double.PositiveInfinity, limiter.CurrentRate);
    }

    [Fact]
    public async Task WithoutACeiling_AFirst429PacesAtSeventyPercentOfWhatWentOutInTheLastSecond()
    {
        var time = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(null, time);
        for (var i = 0; i < 40; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(i == 0 ? 0 : 25)); // 40 requests in the last second
            await limiter.WaitAsync(CancellationToken.None);
        }

        limiter.Throttled(TimeSpan.FromSeconds(1));

        Assert.Equal(28, limiter.CurrentRate, 3);
        var first = limiter.WaitAsync(CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(first.IsCompleted); // nobody sends during the Retry-After
        time.Advance(TimeSpan.FromMilliseconds(1));
        await first;
        var second = limiter.WaitAsync(CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(34));
        Assert.False(second.IsCompleted); // 1/28 s apart (Task.Delay counts whole milliseconds)
        time.Advance(TimeSpan.FromMilliseconds(2));
        await second;
    }

    [Fact]
    public async Task Throttled_ForARequestSentBeforeTheLastCut_PausesButDoesNotCutAgain()
    {
        var time = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(20, time);
        var sentTogether = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            var wait = limiter.WaitAsync(CancellationToken.None).AsTask();
            time.Advance(TimeSpan.FromMilliseconds(50));
            sentTogether.Add(await wait);
        }

        limiter.Throttled(null, sentTogether[0]);
        limiter.Throttled(null, sentTogether[1]);
        limiter.Throttled(TimeSpan.FromSeconds(3), sentTogether[2]);

        Assert.Equal(14, limiter.CurrentRate, 3); // one cut for the volley, not three
        var next = limiter.WaitAsync(CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(2999));
        Assert.False(next.IsCompleted); // the later Retry-After still holds everyone
        time.Advance(TimeSpan.FromMilliseconds(1));
        var sentAfterTheCut = await next;
        limiter.Throttled(null, sentAfterTheCut);
        Assert.Equal(9.8, limiter.CurrentRate, 3); // a request sent after the cut is news: cut again
    }

    [Fact]
    public async Task WithoutACeiling_ClimbsByAtLeastOneRequestPerSecondEachSecond_AndProbesFasterTheLongerNo429Comes()
    {
        var time = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(null, time);
        await SendWithHistoryAsync(limiter, time, 5);

        limiter.Throttled(null); // 5 in the last second → 3.5
        Assert.Equal(3.5, limiter.CurrentRate, 3);

        time.Advance(TimeSpan.FromSeconds(1));
        limiter.Succeeded();
        Assert.Equal(4.5, limiter.CurrentRate, 3); // 10% of 5 would be 0.5: the floor of 1/s per second wins

        QueueTwoRequests(limiter);
        time.Advance(TimeSpan.FromSeconds(1));
        limiter.Succeeded();
        // Near the throttled rate (2 s after it): 1/s per second, steepened by 2/4.
        Assert.Equal(4.5 + 1.5, limiter.CurrentRate, 1);

        QueueTwoRequests(limiter);
        time.Advance(TimeSpan.FromSeconds(1));
        limiter.Succeeded();
        Assert.True(limiter.CurrentRate > 6 + 1.7, $"rate {limiter.CurrentRate}"); // 3 s after: steeper still
    }

    [Fact]
    public async Task AboveTheThrottledRate_ClimbsOnlyWhileRequestsWaitForSlots()
    {
        var time = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(null, time);
        await SendWithHistoryAsync(limiter, time, 10);

        limiter.Throttled(null); // throttled at 10 → 7
        time.Advance(TimeSpan.FromSeconds(10));
        limiter.Succeeded();
        var climbed = limiter.CurrentRate;
        Assert.Equal(17, climbed, 3); // climbing back from below the throttled rate needs no queue

        time.Advance(TimeSpan.FromMinutes(10));
        limiter.Succeeded();

        Assert.Equal(climbed, limiter.CurrentRate); // nobody waited for a slot: the run does not use more, so it does not bank more
    }

    [Fact]
    public async Task Observe_NothingLeftInTheWindow_HoldsEveryoneUntilTheReset()
    {
        var time = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(null, time);

        limiter.Observe(new ServerQuota(100, 0, time.GetUtcNow().AddSeconds(4)));

        var next = limiter.WaitAsync(CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(3999));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await next;
    }

    [Fact]
    public async Task Observe_LessThanHalfLeft_SpreadsTheRestOverTheWindow_PlentyLeftDoesNot()
    {
        var time = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(null, time);

        limiter.Observe(new ServerQuota(100, 60, time.GetUtcNow().AddSeconds(10)));
        await limiter.WaitAsync(CancellationToken.None);
        Assert.True(limiter.WaitAsync(CancellationToken.None).AsTask().IsCompletedSuccessfully); // 60 of 100 left: no push-back

        limiter.Observe(new ServerQuota(100, 20, time.GetUtcNow().AddSeconds(10)));
        await limiter.WaitAsync(CancellationToken.None);
        var next = limiter.WaitAsync(CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(next.IsCompleted); // 20 left for 10 s: one every 0.5 s
        time.Advance(TimeSpan.FromMilliseconds(1));
        await next;
    }

    [Fact]
    public async Task A429BeforeASecondOfSending_TeachesNoShare_TheRateDoublesEachSecondUntilA429WithHistory()
    {
        var time = new FakeTimeProvider();
        var limiter = new AdaptiveRateLimiter(null, time);
        for (var i = 0; i < 4; i++)
        {
            await limiter.WaitAsync(CancellationToken.None); // a newcomer's first volley meets a bucket others drained
        }

        limiter.Throttled(TimeSpan.FromSeconds(1));
        Assert.Equal(2.8, limiter.CurrentRate, 3);

        for (var second = 1; second <= 3; second++)
        {
            QueueTwoRequests(limiter);
            time.Advance(TimeSpan.FromSeconds(1));
            limiter.Succeeded();
        }

        Assert.Equal(2.8 * 8, limiter.CurrentRate, 3); // doubled three times, not 1/s per second
        limiter.Throttled(null); // now with history: an ordinary cut, and the climb is linear again
        Assert.Equal(2.8 * 8 * 0.7, limiter.CurrentRate, 3);
        QueueTwoRequests(limiter);
        time.Advance(TimeSpan.FromSeconds(1));
        limiter.Succeeded();
        Assert.Equal((2.8 * 8 * 0.7) + 2.24, limiter.CurrentRate, 3); // 10% of the throttled 22.4 per second
    }

    /// <summary>Sends <paramref name="count"/> requests after a first one a second earlier, so the next 429 comes with history.</summary>
    private static async Task SendWithHistoryAsync(AdaptiveRateLimiter limiter, FakeTimeProvider time, int count)
    {
        await limiter.WaitAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(600));
        for (var i = 0; i < count; i++)
        {
            await limiter.WaitAsync(CancellationToken.None);
        }

        time.Advance(TimeSpan.FromMilliseconds(400)); // the first send is now just out of the window
    }

    /// <summary>Two requests at once: the second has to wait for its slot, as in a run the limiter holds back.</summary>
    private static void QueueTwoRequests(AdaptiveRateLimiter limiter)
    {
        _ = limiter.WaitAsync(CancellationToken.None).AsTask();
        _ = limiter.WaitAsync(CancellationToken.None).AsTask();
    }
}
