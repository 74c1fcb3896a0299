using CxoneApprove.Auth;

namespace CxoneApprove.Api;

/// <summary>
/// Asks <c>POST /oauth/token</c> for a client-credentials token (RFC 6749 §4.4) with a properly
/// form-encoded body, so secrets holding <c>&amp; = + % /</c> work.
/// </summary>
internal sealed class OAuthTokenClient : ITokenSource
{
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
        var (token, _) = await TokenAnswer.RequestAsync(_http, _caller, request, Endpoint.Token, cancellationToken);
        return token;
    }
}
