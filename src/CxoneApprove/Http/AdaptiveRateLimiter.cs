namespace CxoneApprove.Http;

/// <summary>
/// Paces every request of a run, on the injected clock. With <c>--rate-limit</c> it starts at that ceiling and never
/// exceeds it; without one it sends freely until the server pushes back, then paces to the rate it has learned.
/// </summary>
/// <remarks>
/// <para>
/// The control law is AIMD (additive increase, multiplicative decrease), not CUBIC. A 429 cuts the rate to 70% of the
/// rate that drew it (and pauses everyone for its Retry-After); afterwards the rate climbs back linearly with time —
/// quickly while well below the throttled rate, slowly near it. AIMD because: with an additive step that is the same
/// for every process, each 429 takes proportionally more from a larger share than from a smaller one, so several
/// processes against one organization drift towards equal shares (the Chiu–Jain argument behind TCP); a linear probe
/// above the limit drains the server's burst allowance slowly, so a probe costs one 429 rather than a volley; and each
/// step is a plain number that tests can check in fake time. From CUBIC we borrow one idea only: the longer no 429
/// has come, the steeper the probe, so capacity that frees up (another process finishing) is found in seconds.
/// </para>
/// <para>
/// Without a ceiling, the rate a first 429 cuts is the one measured over the last second, and the climb never moves
/// by less than one request/s per second — an absolute step, as TCP adds one segment per round trip whatever its
/// window, so a process that learned a tiny share is not stuck with it. A 429 after only a few requests and less than a
/// second (a newcomer meeting a limit others already use) teaches nothing about the share: the rate then doubles each
/// second, as TCP's slow start does, until a 429 that comes with more to go on. The rate is never raised above the throttled rate
/// while no request waits for a slot: a run that does not use its rate does not bank more of it.
/// </para>
/// </remarks>
internal sealed class AdaptiveRateLimiter
{
    private const double DecreaseFactor = 0.7;
    private const double MinimumRate = 0.5;

    // Per second of time, as a share of the reference rate: fast below 90% of the last throttled rate, slow above it.
    private const double FastClimb = 0.10;
    private const double SlowClimb = 0.02;

    // Without a ceiling: the smallest climb, in requests/s per second, and how fast the probe steepens.
    private const double MinimumLearnedClimb = 1.0;
    private const double ProbeSteepeningSeconds = 4;

    private readonly TimeProvider _time;
    private readonly double? _ceiling;
    // Without a ceiling: fewer requests than this, sent in less than the window, are too little to learn a share from.
    private const int MinimumEvidence = 10;

    private static readonly TimeSpan MeasuringWindow = TimeSpan.FromSeconds(1);

    private readonly SendLog _sent = new(MeasuringWindow);
    private readonly Lock _gate = new();
    private bool _paced;
    private double _rate;
    private double _throttledAt = double.PositiveInfinity;
    private DateTimeOffset _throttledTime;
    private DateTimeOffset _nextSlot;
    private DateTimeOffset _lastClimb;
    private long _generation;
    private bool _queued;
    private QuotaPacing? _quota;
    private DateTimeOffset? _firstSend;
    private bool _slowStart;

    /// <summary>
    /// A limiter capped at <paramref name="ceiling"/> requests per second (paced from the first request), or, when it is
    /// null, one that learns the rate from the server's answers.
    /// </summary>
    public AdaptiveRateLimiter(double? ceiling, TimeProvider time)
    {
        if (ceiling is { } cap)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cap);
        }

        _ceiling = ceiling;
        _paced = ceiling is not null;
        _rate = ceiling ?? double.PositiveInfinity;
        _time = time;
        _nextSlot = time.GetUtcNow();
        _lastClimb = _nextSlot;
        _throttledTime = _nextSlot;
    }

    /// <summary>The current rate in requests per second; infinite while sending freely.</summary>
    public double CurrentRate
    {
        get
        {
            lock (_gate)
            {
                return _rate;
            }
        }
    }

    /// <summary>
    /// Waits for this request's slot. Returns the pacing generation it was sent in, to hand back to
    /// <see cref="Throttled"/> should the server refuse it.
    /// </summary>
    public async ValueTask<long> WaitAsync(CancellationToken cancellationToken)
    {
        var slot = Reserve();
        if (slot.Wait > TimeSpan.Zero)
        {
            await Task.Delay(slot.Wait, _time, cancellationToken);
        }

        return slot.Generation;
    }

    /// <summary>Takes the next slot: how long until it comes, and the generation it belongs to.</summary>
    internal PacingSlot Reserve()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var slot = _nextSlot > now ? _nextSlot : now;
            _nextSlot = slot + Spacing(slot);
            _queued |= slot > now;
            _sent.Add(slot, now);
            _firstSend ??= slot;
            return new PacingSlot(slot - now, _generation);
        }
    }

    /// <summary>
    /// The server throttled a request: let nobody send before <paramref name="retryAfter"/> has passed, and cut the rate —
    /// unless the request was sent in an earlier generation than the current one (<paramref name="sentIn"/>): a cut
    /// since then has already answered the burst it belonged to. Without <paramref name="sentIn"/> the 429 always cuts.
    /// </summary>
    public void Throttled(TimeSpan? retryAfter, long? sentIn = null)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (retryAfter is { } pause && now + pause > _nextSlot)
            {
                _nextSlot = now + pause;
            }

            if (sentIn is { } generation && generation != _generation)
            {
                return;
            }

            var sent = _sent.CountUpTo(now);
            var basis = _paced ? _rate : Math.Max(MinimumRate, sent);
            // A few requests in under a window say little about the limit (a newcomer meeting a bucket others drained):
            // pace, but grow exponentially until a 429 that comes with more to go on.
            _slowStart = _ceiling is null && sent < MinimumEvidence && (_firstSend is not { } first || now - first < MeasuringWindow);
            _throttledAt = _slowStart ? double.PositiveInfinity : basis;
            _rate = Math.Max(MinimumRate, basis * DecreaseFactor);
            _throttledTime = now;
            _lastClimb = now;
            _generation++;
            _paced = true;
        }
    }

    /// <summary>A request went through: climb back towards the ceiling (or beyond the learned rate), by how much time has passed.</summary>
    public void Succeeded()
    {
        lock (_gate)
        {
            if (!_paced)
            {
                return;
            }

            var now = _time.GetUtcNow();
            var seconds = Math.Max(0, (now - _lastClimb).TotalSeconds);
            _lastClimb = now;
            if ((_slowStart || _rate >= _throttledAt) && !_queued)
            {
                return;
            }

            _queued = false;
            _rate = _slowStart
                ? _rate * Math.Pow(2, seconds)
                : Math.Min(_ceiling ?? double.PositiveInfinity, _rate + (Climb(now) * seconds));
        }
    }

    /// <summary>
    /// The server said how much of its window is left (<see cref="RateLimitHeaders"/>). None left: nobody sends before
    /// the reset. Less than half left (or no limit given): requests are spread evenly over what remains until the reset.
    /// </summary>
    public void Observe(ServerQuota quota)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (quota.Remaining <= 0)
            {
                _quota = null;
                if (quota.ResetAt > _nextSlot)
                {
                    _nextSlot = quota.ResetAt;
                }
            }
            else if ((quota.Limit is { } limit && quota.Remaining * 2 > limit) || quota.ResetAt <= now)
            {
                _quota = null;
            }
            else
            {
                _quota = new QuotaPacing((quota.ResetAt - now) / quota.Remaining, quota.ResetAt);
            }
        }
    }

    private TimeSpan Spacing(DateTimeOffset slot)
    {
        var spacing = _paced ? TimeSpan.FromSeconds(1 / _rate) : TimeSpan.Zero;
        return _quota is { } quota && slot < quota.Until && quota.Spacing > spacing ? quota.Spacing : spacing;
    }

    /// <summary>Requests/s gained per second from here.</summary>
    private double Climb(DateTimeOffset now)
    {
        var near = _rate >= _throttledAt * 0.9;
        var share = near ? SlowClimb : FastClimb;
        if (_ceiling is { } ceiling)
        {
            // The same reference for every process given the same --rate-limit: equal steps.
            return ceiling * share;
        }

        var step = Math.Max(MinimumLearnedClimb, _throttledAt * share);
        return near ? step * (1 + ((now - _throttledTime).TotalSeconds / ProbeSteepeningSeconds)) : step;
    }

    /// <summary>A send slot: <see cref="Wait"/> from now, in pacing generation <see cref="Generation"/>.</summary>
    internal readonly record struct PacingSlot(TimeSpan Wait, long Generation);

    /// <summary>Spacing the server's remaining quota asks for, until its window resets.</summary>
    private sealed record QuotaPacing(TimeSpan Spacing, DateTimeOffset Until);
}
