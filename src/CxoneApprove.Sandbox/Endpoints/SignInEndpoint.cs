using CxoneApprove.Sandbox.Auth;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Http;
using CxoneApprove.Sandbox.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CxoneApprove.Sandbox.Endpoints;

/// <summary>
/// <c>POST /auth/token</c>: the CXone sign-in. The application authenticates with HTTP Basic (<c>client_secret_basic</c>);
/// <c>grant_type=password</c> signs in with an access key (id as username, secret as password), and
/// <c>grant_type=refresh_token</c> renews the access token. Answers carry a refresh token and an id_token.
/// </summary>
internal sealed class SignInEndpoint(TokenIssuer tokens, IdTokens idTokens, TimeProvider timeProvider)
{
    public const string Route = SignInPaths.CxoneToken;

    public async Task<ApiResult> HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return ApiResult.MethodNotAllowed("POST");
        }

        var credentials = BasicCredentials.Read(context.Request.Headers.Authorization.ToString());
        var application = OAuthClient.Application;
        if (credentials is not { } client
            || client.ClientId != application.ClientId
            || !ClientSecrets.AreEqual(application.ClientSecret, client.ClientSecret))
        {
            return OAuthAnswer.Error(
                StatusCodes.Status401Unauthorized,
                "invalid_client",
                "client authentication failed: send the application's client id and secret in HTTP Basic, each form-encoded before base64",
                ApiResult.Header("WWW-Authenticate", "Basic realm=\"cxone-approve sandbox\""));
        }

        if (!context.Request.HasFormContentType)
        {
            return OAuthAnswer.Error(StatusCodes.Status400BadRequest, "invalid_request", "send the fields form-encoded with Content-Type: application/x-www-form-urlencoded");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        return form["grant_type"].ToString() switch
        {
            "password" => Password(context, form["username"], form["password"], form["scope"]),
            "refresh_token" => Refresh(context, form["refresh_token"]),
            "" => OAuthAnswer.Error(StatusCodes.Status400BadRequest, "invalid_request", "grant_type is missing; use grant_type=password or refresh_token"),
            var other => OAuthAnswer.Error(StatusCodes.Status400BadRequest, "unsupported_grant_type", $"grant_type '{other}' is not supported here; use password or refresh_token"),
        };
    }

    private ApiResult Password(HttpContext context, StringValues username, StringValues password, StringValues scope)
    {
        var key = AccessKey.Demo.FirstOrDefault(candidate => candidate.Id == username.ToString());
        if (key is null || !ClientSecrets.AreEqual(key.Secret, password.ToString()))
        {
            return OAuthAnswer.Error(StatusCodes.Status400BadRequest, "invalid_grant", "unknown access key id (username) or wrong access key secret (password)");
        }

        var (granted, problem) = ScopeGrant.Decide(scope.Count == 0 ? null : scope.ToString(), key.Scopes, $"access key {key.Id}");
        if (granted is null)
        {
            return OAuthAnswer.Error(StatusCodes.Status400BadRequest, "invalid_scope", problem!);
        }

        return Issue(context, key, granted, tokens.IssueRefresh(OAuthClient.Application.ClientId, key, granted));
    }

    private ApiResult Refresh(HttpContext context, StringValues refreshToken)
    {
        var grant = tokens.Redeem(refreshToken.ToString(), OAuthClient.Application.ClientId);
        return grant is null
            ? OAuthAnswer.Error(StatusCodes.Status400BadRequest, "invalid_grant", "the refresh token is not one this server issued to this application")
            : Issue(context, grant.AccessKey, grant.Scopes, refreshToken.ToString());
    }

    private ApiResult Issue(HttpContext context, AccessKey key, IReadOnlyList<string> scopes, string refreshToken)
    {
        var clientId = OAuthClient.Application.ClientId;
        var now = timeProvider.GetUtcNow();
        var lifetime = (long)Math.Ceiling(tokens.Lifetime.TotalSeconds);
        var claims = new IdTokenClaims(
            DiscoveryEndpoint.Origin(context), key.Id, clientId, now.ToUnixTimeSeconds(), now.ToUnixTimeSeconds() + lifetime, DemoCredentials.TenantId);
        var body = new SignInTokenBody(
            tokens.Issue(clientId, scopes), "Bearer", lifetime, refreshToken, string.Join(" ", scopes), idTokens.Create(claims));
        return OAuthAnswer.Of(body, SandboxJsonContext.Default.SignInTokenBody);
    }
}
