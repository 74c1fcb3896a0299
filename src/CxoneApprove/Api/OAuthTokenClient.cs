using CxoneApprove.Auth;
using CxoneApprove.Http;

namespace CxoneApprove.Api;

/// <summary>
/// Asks <c>POST /oauth/token</c> for a client-credentials token (RFC 6749 §4.4) with a properly
/// form-encoded body, so secrets holding <c>&amp; = + % /</c> work.
/// </summary>
internal sealed class OAuthTokenClient : ITokenSource
{
    // RFC 6749 leaves expires_in optional; without it, trust a token for a short while only.
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(5);

    private readonly HttpClient _http;
    private readonly ApiCaller _caller;
    private readonly ClientCredentials _credentials;

    public OAuthTokenClient(HttpClient http, ApiCaller caller, ClientCredentials credentials)
    {
        _http = http;
        _caller = caller;
        _credentials = credentials;
    }

    /// <summary>A new token; throws <see cref="ApiException"/> when none is had.</summary>
    public async Task<IssuedToken> RequestAsync(CancellationToken cancellationToken)
    {
        using var request = Endpoint.Token.NewRequest();
        request.Content = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", _credentials.ClientId),
            new("client_secret", _credentials.ClientSecret),
            new("scope", _credentials.Scopes),
        ]);
        request.Options.Set(RequestTags.Anonymous, true);

        var result = await _caller.SendAsync(_http, request, Endpoint.Token,
            (response, ct) => ResponseReader.ReadJsonAsync(response, ApiJsonContext.Default.OAuthTokenResponse, Endpoint.Token, ct),
            cancellationToken);
        if (!result.IsSuccess)
        {
            throw new ApiException(result.Error);
        }

        var body = result.Value!;
        if (string.IsNullOrEmpty(body.AccessToken))
        {
            throw new ApiException(new ApiError(ErrorCategory.BadResponse,
                $"{Endpoint.Token} answered without an access_token",
                "The token endpoint's answer is not an OAuth token response: check --base-url.", result.HttpStatus));
        }

        if (body.TokenType is { } type && !type.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            throw new ApiException(new ApiError(ErrorCategory.BadResponse,
                $"{Endpoint.Token} issued a token of type {type}, not Bearer",
                "The tool only speaks Bearer tokens: check --base-url.", result.HttpStatus));
        }

        var lifetime = body.ExpiresIn is { } seconds && seconds > 0 ? TimeSpan.FromSeconds(seconds) : DefaultLifetime;
        return new IssuedToken(body.AccessToken, lifetime, result.Attempts, result.HttpStatus, body.Scope);
    }
}
