using CxoneApprove.Auth;
using CxoneApprove.Http;

namespace CxoneApprove.Api;

/// <summary>
/// Sends a token request (either sign-in's) and reads its answer: an OAuth token response with a Bearer access token, or a
/// thrown <see cref="ApiException"/> saying what was wrong. Also notes the server's clock, for the skew check.
/// </summary>
internal static class TokenAnswer
{
    // RFC 6749 leaves expires_in optional; without it, trust a token for a short while only.
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(5);

    /// <summary>Sends <paramref name="request"/> (without a bearer token) and returns the token and the whole answer.</summary>
    public static async Task<(IssuedToken Token, OAuthTokenResponse Body)> RequestAsync(HttpClient http, ApiCaller caller,
        HttpRequestMessage request, Endpoint endpoint, CancellationToken cancellationToken)
    {
        request.Options.Set(RequestTags.Anonymous, true);
        var result = await caller.SendAsync(http, request, endpoint,
            async (response, ct) => (Body: await ResponseReader.ReadJsonAsync(response, ApiJsonContext.Default.OAuthTokenResponse, endpoint, ct),
                Date: response.Headers.Date),
            cancellationToken);
        if (!result.IsSuccess)
        {
            throw new ApiException(result.Error);
        }

        var (body, date) = result.Value;
        if (string.IsNullOrEmpty(body.AccessToken))
        {
            throw new ApiException(new ApiError(ErrorCategory.BadResponse,
                $"{endpoint} answered without an access_token",
                "The token endpoint's answer is not an OAuth token response: check --base-url.", result.HttpStatus));
        }

        if (body.TokenType is { } type && !type.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            throw new ApiException(new ApiError(ErrorCategory.BadResponse,
                $"{endpoint} issued a token of type {type}, not Bearer",
                "The tool only speaks Bearer tokens: check --base-url.", result.HttpStatus));
        }

        var lifetime = body.ExpiresIn is { } seconds && seconds > 0 ? TimeSpan.FromSeconds(seconds) : DefaultLifetime;
        return (new IssuedToken(body.AccessToken, lifetime, result.Attempts, result.HttpStatus, body.Scope) { ServerTime = date }, body);
    }
}
