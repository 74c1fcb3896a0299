using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace CxoneApprove.Sandbox.Auth;

/// <summary>
/// Issues random bearer tokens (and, for the CXone sign-in, refresh tokens) and answers whether a token is (still) good,
/// on the sandbox clock. Every grant, whichever flow issued it, is good on every API endpoint its scopes allow.
/// </summary>
internal sealed class TokenIssuer(TimeProvider timeProvider, TimeSpan lifetime)
{
    private readonly ConcurrentDictionary<string, AccessGrant> _grants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RefreshGrant> _refreshGrants = new(StringComparer.Ordinal);

    public TimeSpan Lifetime => lifetime;

    public string Issue(string clientId, IReadOnlyList<string> scopes)
    {
        var token = NewToken();
        _grants[token] = new AccessGrant(clientId, scopes, timeProvider.GetUtcNow() + lifetime);
        return token;
    }

    /// <summary>A refresh token that stays good for the server's life (not rotated), for this client and access key.</summary>
    public string IssueRefresh(string clientId, AccessKey accessKey, IReadOnlyList<string> scopes)
    {
        var token = NewToken();
        _refreshGrants[token] = new RefreshGrant(clientId, accessKey, scopes);
        return token;
    }

    /// <summary>The grant behind a refresh token issued to <paramref name="clientId"/>, or <see langword="null"/>.</summary>
    public RefreshGrant? Redeem(string refreshToken, string clientId) =>
        _refreshGrants.TryGetValue(refreshToken, out var grant) && grant.ClientId == clientId ? grant : null;

    public TokenCheck Check(string token)
    {
        if (!_grants.TryGetValue(token, out var grant))
        {
            return new TokenCheck(null, "the access token is not one this server issued");
        }

        return timeProvider.GetUtcNow() >= grant.ExpiresAt
            ? new TokenCheck(null, "the access token has expired; request a new one")
            : new TokenCheck(grant, null);
    }

    /// <summary>Makes every access token issued so far expired; tokens issued afterwards are good. Refresh tokens stay good.</summary>
    public void ExpireAll()
    {
        var expired = DateTimeOffset.MinValue;
        foreach (var (token, grant) in _grants)
        {
            _grants[token] = grant with { ExpiresAt = expired };
        }
    }

    private static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}

/// <summary>What a refresh token stands for: the client it was issued to, the access key that signed in, and the scopes.</summary>
internal sealed record RefreshGrant(string ClientId, AccessKey AccessKey, IReadOnlyList<string> Scopes);
