namespace CxoneApprove.Http;

/// <summary>
/// The client-side rate limit of <c>--rate-limit</c>: requests are spaced evenly at the current rate, which starts at
/// the configured ceiling. A 429 cuts the rate to 70% (and pauses everyone for its Retry-After); afterwards the rate
/// climbs back with time — quickly while well below the rate that was throttled, slowly near it — so a bulk run
/// settles just under the server's limit instead of bouncing off it (the idea of the AWS CLI's adaptive mode).
/// </summary>
internal sealed class AdaptiveRateLimiter
{
    private const double DecreaseFactor = 0.7;
    private const double MinimumRate = 0.5;

    // Per second of time, as a share of the ceiling: fast below 90% of the last throttled rate, slow above it.
    private const double FastClimb = 0.10;
    private const double SlowClimb = 0.02;

    private readonly TimeProvider _time;
    private readonly double _ceiling;
    private readonly Lock _gate = new();
    private double _rate;
    private double _throttledAt;
    private DateTimeOffset _nextSlot;
    private DateTimeOffset _lastClimb;

    public AdaptiveRateLimiter(double requestsPerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerSecond);
        _ceiling = requestsPerSecond;
        _rate = requestsPerSecond;
        _throttledAt = double.PositiveInfinity;
        _time = time;
        _nextSlot = time.GetUtcNow();
        _lastClimb = _nextSlot;
    }

    /// <summary>The current rate in requests per second.</summary>
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

    /// <summary>Waits for this request's slot.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var slot = _nextSlot > now ? _nextSlot : now;
            _nextSlot = slot + TimeSpan.FromSeconds(1 / _rate);
            wait = slot - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>The server throttled us: slow down, and let nobody send before <paramref name="retryAfter"/> has passed.</summary>
    public void Throttled(TimeSpan? retryAfter)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            _throttledAt = _rate;
            _rate = Math.Max(MinimumRate, _rate * DecreaseFactor);
            _lastClimb = now;
            if (retryAfter is { } pause && now + pause > _nextSlot)
            {
                _nextSlot = now + pause;
            }
        }
    }

    /// <summary>A request went through: climb back towards the ceiling, by how much time has passed.</summary>
    public void Succeeded()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var seconds = Math.Max(0, (now - _lastClimb).TotalSeconds);
            _lastClimb = now;
            var share = _rate < _throttledAt * 0.9 ? FastClimb : SlowClimb;
            _rate = Math.Min(_ceiling, _rate + (_ceiling * share * seconds));
        }
    }
}
