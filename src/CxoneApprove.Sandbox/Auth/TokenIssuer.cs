using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace CxoneApprove.Sandbox.Auth;

/// <summary>Issues random bearer tokens and answers whether a token is (still) good, on the sandbox clock.</summary>
internal sealed class TokenIssuer(TimeProvider timeProvider, TimeSpan lifetime)
{
    private readonly ConcurrentDictionary<string, AccessGrant> _grants = new(StringComparer.Ordinal);

    public TimeSpan Lifetime => lifetime;

    public string Issue(string clientId, IReadOnlyList<string> scopes)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        _grants[token] = new AccessGrant(clientId, scopes, timeProvider.GetUtcNow() + lifetime);
        return token;
    }

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

    /// <summary>Makes every token issued so far expired; tokens issued afterwards are good.</summary>
    public void ExpireAll()
    {
        var expired = DateTimeOffset.MinValue;
        foreach (var (token, grant) in _grants)
        {
            _grants[token] = grant with { ExpiresAt = expired };
        }
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
