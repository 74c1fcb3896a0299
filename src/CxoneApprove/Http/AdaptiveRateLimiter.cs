namespace CxoneApprove.Http;

/// <summary>
/// The client-side rate limit of <c>--rate-limit</c>: requests are spaced evenly at the current rate, which starts at
/// the configured ceiling, drops multiplicatively when the server answers 429 (and pauses everyone for its
/// Retry-After), and climbs back additively on success — so a bulk run settles just under the server's limit
/// instead of bouncing off it (the idea of the AWS CLI's adaptive retry mode).
/// </summary>
internal sealed class AdaptiveRateLimiter
{
    private const double DecreaseFactor = 0.7;
    private const double MinimumRate = 0.5;

    private readonly TimeProvider _time;
    private readonly double _ceiling;
    private readonly Lock _gate = new();
    private double _rate;
    private DateTimeOffset _nextSlot;

    public AdaptiveRateLimiter(double requestsPerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerSecond);
        _ceiling = requestsPerSecond;
        _rate = requestsPerSecond;
        _time = time;
        _nextSlot = time.GetUtcNow();
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
            _rate = Math.Max(MinimumRate, _rate * DecreaseFactor);
            if (retryAfter is { } pause && _time.GetUtcNow() + pause > _nextSlot)
            {
                _nextSlot = _time.GetUtcNow() + pause;
            }
        }
    }

    /// <summary>A request went through: creep back towards the ceiling.</summary>
    public void Succeeded()
    {
        lock (_gate)
        {
            _rate = Math.Min(_ceiling, _rate + (_ceiling * 0.02));
        }
    }
}
