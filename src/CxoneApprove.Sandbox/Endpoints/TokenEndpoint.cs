using CxoneApprove.Sandbox.Auth;
using CxoneApprove.Sandbox.Http;
using CxoneApprove.Sandbox.Wire;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Endpoints;

/// <summary><c>POST /oauth/token</c>: the client-credentials grant, with RFC 6749 §5.2 errors.</summary>
internal sealed class TokenEndpoint(TokenIssuer tokens)
{
    public const string Route = SignInPaths.ClientCredentials;

    public async Task<ApiResult> HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return ApiResult.MethodNotAllowed("POST");
        }

        if (!context.Request.HasFormContentType)
        {
            return OAuthAnswer.Error(StatusCodes.Status400BadRequest, "invalid_request", "send the fields form-encoded with Content-Type: application/x-www-form-urlencoded");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var grantType = form["grant_type"].ToString();
        if (grantType.Length == 0)
        {
            return OAuthAnswer.Error(StatusCodes.Status400BadRequest, "invalid_request", "grant_type is missing; use grant_type=client_credentials");
        }

        if (grantType != "client_credentials")
        {
            return OAuthAnswer.Error(StatusCodes.Status400BadRequest, "unsupported_grant_type", $"grant_type '{grantType}' is not supported; use client_credentials");
        }

        var clientId = form["client_id"].ToString();
        var client = OAuthClient.Demo.FirstOrDefault(candidate => candidate.ClientId == clientId);
        if (client is null || !ClientSecrets.AreEqual(client.ClientSecret, form["client_secret"].ToString()))
        {
            return OAuthAnswer.Error(
                StatusCodes.Status401Unauthorized,
                "invalid_client",
                "client authentication failed: unknown client_id or wrong client_secret (is the secret form-encoded?)");
        }

        var (granted, problem) = ScopeGrant.Decide(form.ContainsKey("scope") ? form["scope"].ToString() : null, client.AllowedScopes, $"client {clientId}");
        if (granted is null)
        {
            return OAuthAnswer.Error(StatusCodes.Status400BadRequest, "invalid_scope", problem!);
        }

        var token = tokens.Issue(client.ClientId, granted);
        var body = new TokenBody(token, "Bearer", (long)Math.Ceiling(tokens.Lifetime.TotalSeconds), string.Join(" ", granted));
        return OAuthAnswer.Of(body, SandboxJsonContext.Default.TokenBody);
    }
}
