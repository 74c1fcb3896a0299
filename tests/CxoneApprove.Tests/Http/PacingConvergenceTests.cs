using CxoneApprove.Http;
using Microsoft.Extensions.Time.Testing;

namespace CxoneApprove.Tests.Http;

/// <summary>
/// Processes without <c>--rate-limit</c> against one server limit, in fake time: each process is four workers sharing
/// one limiter (as <c>--concurrency 4</c> does), the server a token bucket of 50 requests refilled at 50/s that answers
/// 429 with <c>Retry-After: 1</c> when empty (as the sandbox and most API gateways do). Events run in time order on one
/// thread, so every figure is exact and the same on every run.
/// </summary>
public sealed class PacingConvergenceTests
{
    private const double Cap = 50;
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(2);

    [Fact]
    public void OneProcess_LearnsTheLimit_UsesAtLeast95PercentOfItWithUnder2PercentAnswered429()
    {
        var figures = Simulate(processes: 1, TimeSpan.FromSeconds(60));

        Assert.True(figures.Accepted >= 0.95 * Cap * 60, $"accepted {figures.Accepted} of {Cap * 60}");
        Assert.True(figures.ThrottledShare < 0.02, $"429 share {figures.ThrottledShare:P2}");
    }

    [Fact]
    public void TwoProcessesStartingTogether_UseAtLeast90PercentOfTheLimitBetweenThem_EachNearHalf()
    {
        var figures = Simulate(processes: 2, TimeSpan.FromSeconds(120));

        Assert.True(figures.Accepted >= 0.90 * Cap * 120, $"accepted {figures.Accepted} of {Cap * 120}");
        Assert.True(figures.ThrottledShare < 0.05, $"429 share {figures.ThrottledShare:P2}");
        Assert.All(figures.LateShares, share => Assert.InRange(share, 0.35, 0.65));
    }

    [Fact]
    public void ALateSecondProcess_IsNotStuckWithTheCrumbsItFirstGot_TheSharesConverge()
    {
        var figures = Simulate(processes: 2, TimeSpan.FromSeconds(240), stagger: TimeSpan.FromSeconds(30));

        Assert.True(figures.ThrottledShare < 0.05, $"429 share {figures.ThrottledShare:P2}");
        Assert.All(figures.LateShares, share => Assert.InRange(share, 0.35, 0.65));
    }

    [Fact]
    public void ASecondProcessStartingTwoSecondsLate_GetsNearHalfWithinTheFortySecondsOfABulkRun()
    {
        var figures = Simulate(processes: 2, TimeSpan.FromSeconds(40), stagger: TimeSpan.FromSeconds(2), lateShare: 0.5);

        Assert.True(figures.ThrottledShare < 0.05, $"429 share {figures.ThrottledShare:P2}");
        Assert.All(figures.LateShares, share => Assert.InRange(share, 0.35, 0.65));
    }

    /// <summary>
    /// Runs the processes for <paramref name="duration"/>; late shares are each process's part of the requests accepted in
    /// the last <paramref name="lateShare"/> of it.
    /// </summary>
    private static Figures Simulate(int processes, TimeSpan duration, TimeSpan stagger = default, double lateShare = 0.25)
    {
        var time = new FakeTimeProvider();
        var start = time.GetUtcNow();
        var end = start + duration;
        var lateFrom = end - (duration * lateShare);
        var server = new TokenBucket(Cap, time);
        var events = new PriorityQueue<Action, (DateTimeOffset At, long Order)>();
        long order = 0;
        var accepted = new int[processes];
        var late = new int[processes];
        int sent = 0, throttled = 0;

        void At(DateTimeOffset at, Action action) => events.Enqueue(action, (at, order++));

        void Request(int process, AdaptiveRateLimiter limiter)
        {
            var slot = limiter.Reserve();
            At(time.GetUtcNow() + slot.Wait, () =>
            {
                sent++;
                if (server.TryTake())
                {
                    limiter.Succeeded();
                    accepted[process]++;
                    late[process] += time.GetUtcNow() >= lateFrom ? 1 : 0;
                    At(time.GetUtcNow() + Latency, () => Request(process, limiter));
                }
                else
                {
                    throttled++;
                    limiter.Throttled(TimeSpan.FromSeconds(1), slot.Generation);
                    // The retry pipeline waits the Retry-After, then the attempt takes a slot again.
                    At(time.GetUtcNow() + TimeSpan.FromSeconds(1), () => Request(process, limiter));
                }
            });
        }

        for (var p = 0; p < processes; p++)
        {
            var process = p;
            At(start + (stagger * p), () =>
            {
                var limiter = new AdaptiveRateLimiter(null, time);
                for (var worker = 0; worker < 4; worker++)
                {
                    Request(process, limiter);
                }
            });
        }

        while (events.TryDequeue(out var action, out var key) && key.At < end)
        {
            if (key.At > time.GetUtcNow())
            {
                time.SetUtcNow(key.At);
            }

            action();
        }

        var lateTotal = Math.Max(1, late.Sum());
        return new Figures(accepted.Sum(), sent == 0 ? 0 : (double)throttled / sent, [.. late.Select(l => (double)l / lateTotal)]);
    }

    private sealed record Figures(int Accepted, double ThrottledShare, IReadOnlyList<double> LateShares);

    /// <summary>The server's limit: holds <c>rate</c> requests, refilled at <c>rate</c> per second.</summary>
    private sealed class TokenBucket(double rate, TimeProvider time)
    {
        private double _available = double.NaN;
        private DateTimeOffset _refilledAt = time.GetUtcNow();

        public bool TryTake()
        {
            var now = time.GetUtcNow();
            _available = double.IsNaN(_available) ? rate : Math.Min(rate, _available + ((now - _refilledAt).TotalSeconds * rate));
            _refilledAt = now;
            if (_available < 1)
            {
                return false;
            }

            _available--;
            return true;
        }
    }
}
