using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CxoneApprove.Auth;
using CxoneApprove.Diagnostics;
using CxoneApprove.Http;

namespace CxoneApprove.Api;

/// <summary>
/// The CXone sign-in, for real tenants: the token endpoint from the issuer's OpenID discovery document; an OAuth password
/// grant with the access key (id as username, secret as password) and the application's client id and secret in HTTP
/// Basic (<c>client_secret_basic</c>); renewals with the refresh token it hands out; and, unless the API host is given,
/// the tenant's API host from the id_token's <c>tenantId</c> and CXone's tenant discovery document.
/// </summary>
internal sealed class CxoneSignIn : ITokenSource
{
    private const string BasicMethod = "client_secret_basic";

    private readonly HttpClient _http;
    private readonly ApiCaller _caller;
    private readonly ClientCredentials _application;
    private readonly SignInSettings _settings;
    private readonly bool _discoverApiHost;
    private readonly SecretRedactor _redactor;
    private string? _refreshToken;

    public CxoneSignIn(HttpClient http, ApiCaller caller, ClientCredentials application, SignInSettings settings, bool discoverApiHost,
        SecretRedactor redactor)
    {
        _http = http;
        _caller = caller;
        _application = application;
        _settings = settings;
        _discoverApiHost = discoverApiHost;
        _redactor = redactor;
        _redactor.Add(settings.AccessKeySecret);
        _redactor.Add(BasicCredentials(application));
    }

    /// <summary>The token endpoint the issuer named; null before the first sign-in.</summary>
    public Uri? TokenEndpoint { get; private set; }

    /// <summary>The tenant the id_token named; null before the first sign-in, or when the API host was given.</summary>
    public string? TenantId { get; private set; }

    /// <summary>The tenant's API host; null before the first sign-in, or when the API host was given.</summary>
    public Uri? ApiBaseUrl { get; private set; }

    /// <summary>A new access token: a renewal when a refresh token is held (the password grant when it is refused).</summary>
    public async Task<IssuedToken> RequestAsync(CancellationToken cancellationToken)
    {
        TokenEndpoint ??= await DiscoverTokenEndpointAsync(cancellationToken);
        (IssuedToken Token, OAuthTokenResponse Body) answer;
        if (_refreshToken is { } refresh)
        {
            try
            {
                answer = await GrantAsync([new("grant_type", "refresh_token"), new("refresh_token", refresh)], cancellationToken);
            }
            catch (ApiException ex) when (ex.Error.Category == ErrorCategory.Auth)
            {
                // An expired or revoked refresh token: sign in with the access key again.
                _refreshToken = null;
                answer = await PasswordGrantAsync(cancellationToken);
            }
        }
        else
        {
            answer = await PasswordGrantAsync(cancellationToken);
        }

        _redactor.Add(answer.Body.RefreshToken);
        _redactor.Add(answer.Body.IdToken);
        _refreshToken = answer.Body.RefreshToken ?? _refreshToken;
        if (_discoverApiHost && ApiBaseUrl is null)
        {
            TenantId = TenantOf(answer.Body.IdToken);
            ApiBaseUrl = await DiscoverApiHostAsync(TenantId, cancellationToken);
        }

        return answer.Token;
    }

    /// <summary>HTTP Basic for OAuth: the id and secret each form-encoded, then joined and base64-encoded (RFC 6749 §2.3.1).</summary>
    public static string BasicCredentials(ClientCredentials application) => Convert.ToBase64String(
        Encoding.UTF8.GetBytes(WebUtility.UrlEncode(application.ClientId) + ":" + WebUtility.UrlEncode(application.ClientSecret)));

    private Task<(IssuedToken, OAuthTokenResponse)> PasswordGrantAsync(CancellationToken cancellationToken) => GrantAsync(
    [
        new("grant_type", "password"),
        new("username", _settings.AccessKeyId),
        new("password", _settings.AccessKeySecret),
        new("scope", _application.Scopes),
    ], cancellationToken);

    private async Task<(IssuedToken, OAuthTokenResponse)> GrantAsync(KeyValuePair<string, string>[] form, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TokenEndpoint);
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", BasicCredentials(_application));
        request.Content = new FormUrlEncodedContent(form);
        return await TokenAnswer.RequestAsync(_http, _caller, request, Endpoint.SignInToken, cancellationToken);
    }

    private async Task<Uri> DiscoverTokenEndpointAsync(CancellationToken cancellationToken)
    {
        var endpoint = Endpoint.OpenIdConfiguration;
        var document = await GetAsync(endpoint, "", SignInJsonContext.Default.OpenIdConfigurationDto, cancellationToken);
        if (document.TokenEndpointAuthMethods is { Count: > 0 } methods && !methods.Contains(BasicMethod, StringComparer.Ordinal))
        {
            throw Refused(endpoint, $"the issuer does not accept {BasicMethod} (it lists {string.Join(", ", methods)})");
        }

        return Address(endpoint, "token_endpoint", document.TokenEndpoint);
    }

    private async Task<Uri> DiscoverApiHostAsync(string tenantId, CancellationToken cancellationToken)
    {
        var endpoint = Endpoint.TenantConfiguration;
        var document = await GetAsync(endpoint, "?tenantId=" + Uri.EscapeDataString(tenantId), SignInJsonContext.Default.CxoneConfigurationDto,
            cancellationToken);
        // Older answers name only the area; CXone's API hosts are api-{area}.niceincontact.com.
        var address = document.ApiEndpoint ?? (document.Area is { Length: > 0 } area ? $"https://api-{area}.niceincontact.com" : null);
        return Address(endpoint, "api_endpoint", address);
    }

    private async Task<T> GetAsync<T>(Endpoint endpoint, string query, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type,
        CancellationToken cancellationToken)
    {
        var issuer = _settings.Issuer.AbsoluteUri.EndsWith('/') ? _settings.Issuer : new Uri(_settings.Issuer.AbsoluteUri + "/");
        using var request = new HttpRequestMessage(endpoint.Method, new Uri(issuer, endpoint.Path + query));
        request.Headers.Accept.ParseAdd("application/json");
        request.Options.Set(RequestTags.Anonymous, true);
        var result = await _caller.SendAsync(_http, request, endpoint, (response, ct) => ResponseReader.ReadJsonAsync(response, type, endpoint, ct),
            cancellationToken);
        return result.IsSuccess ? result.Value! : throw new ApiException(result.Error);
    }

    private static string TenantOf(string? idToken)
    {
        var parts = idToken?.Split('.');
        if (parts is not { Length: 3 })
        {
            throw Refused(Endpoint.SignInToken, "its answer has no id_token to name the tenant");
        }

        try
        {
            // The payload is read, not verified: the tenant id only picks where to send the next request, which the
            // access token then has to be good for.
            var claims = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(parts[1]), SignInJsonContext.Default.IdTokenClaims);
            return claims?.TenantId is { Length: > 0 } tenant ? tenant : throw Refused(Endpoint.SignInToken, "its id_token names no tenantId");
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw Refused(Endpoint.SignInToken, "its id_token is not a readable JWT");
        }
    }

    private static Uri Address(Endpoint endpoint, string field, string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && LoopbackHost.IsAllowed(uri)
            ? uri
            : throw Refused(endpoint, value is null ? $"it names no {field}" : $"its {field} \"{value}\" is not an https URL (http only on loopback)");

    private static ApiException Refused(Endpoint endpoint, string what) => new(new ApiError(ErrorCategory.BadResponse,
        $"{endpoint} answered but {what}",
        "The CXone sign-in could not go on. Check --issuer (or CXONE_ISSUER) names CXone's sign-in, e.g. https://cxone.niceincontact.com."));
}
