using CxoneApprove.Diagnostics;

namespace CxoneApprove.Auth;

/// <summary>
/// The run's one access token: cached in memory and shared by every call, refreshed before it
/// expires (skew: the smaller of 60 s and 10% of its lifetime), one refresh at a time however many calls
/// need it (single flight).
/// </summary>
internal sealed class TokenProvider : IDisposable
{
    private static readonly TimeSpan MaxSkew = TimeSpan.FromSeconds(60);

    private readonly ITokenSource _source;
    private readonly TimeProvider _time;
    private readonly SecretRedactor _redactor;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private AccessToken? _current;

    public TokenProvider(ITokenSource source, TimeProvider time, SecretRedactor redactor)
    {
        _source = source;
        _time = time;
        _redactor = redactor;
    }

    public void Dispose() => _refresh.Dispose();

    /// <summary>A token that is good for now: the cached one, or a fresh one. Throws what the token source throws.</summary>
    public async Task<TokenLease> GetAsync(CancellationToken cancellationToken)
    {
        var cached = Volatile.Read(ref _current);
        if (cached is not null && _time.GetUtcNow() < cached.RefreshAt)
        {
            return new TokenLease(cached, 0, null);
        }

        return await RefreshAsync(cached, cancellationToken);
    }

    /// <summary>
    /// Replaces <paramref name="rejected"/> after the server refused it (401). When another call already
    /// replaced it, that newer token is returned without asking again.
    /// </summary>
    public Task<TokenLease> RefreshAsync(AccessToken? rejected, CancellationToken cancellationToken) =>
        RefreshCoreAsync(rejected, force: rejected is not null, cancellationToken);

    private async Task<TokenLease> RefreshCoreAsync(AccessToken? stale, bool force, CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var current = _current;
            // Someone refreshed while we waited: use theirs.
            if (current is not null && !ReferenceEquals(current, stale) && _time.GetUtcNow() < current.RefreshAt)
            {
                return new TokenLease(current, 0, null);
            }

            if (!force && current is not null && _time.GetUtcNow() < current.RefreshAt)
            {
                return new TokenLease(current, 0, null);
            }

            var issued = await _source.RequestAsync(cancellationToken);
            _redactor.Add(issued.Value);
            var now = _time.GetUtcNow();
            var lifetime = issued.Lifetime > TimeSpan.Zero ? issued.Lifetime : TimeSpan.Zero;
            var skew = TimeSpan.FromTicks(Math.Min(MaxSkew.Ticks, lifetime.Ticks / 10));
            var token = new AccessToken(issued.Value, now + lifetime - skew, now + lifetime);
            Volatile.Write(ref _current, token);
            return new TokenLease(token, issued.Attempts, issued.HttpStatus);
        }
        finally
        {
            _refresh.Release();
        }
    }
}
