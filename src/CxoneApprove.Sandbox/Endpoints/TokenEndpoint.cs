using System.Security.Cryptography;
using System.Text;
using CxoneApprove.Sandbox.Auth;
using CxoneApprove.Sandbox.Http;
using CxoneApprove.Sandbox.Wire;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Endpoints;

/// <summary><c>POST /oauth/token</c>: the client-credentials grant, with RFC 6749 §5.2 errors.</summary>
internal sealed class TokenEndpoint(TokenIssuer tokens)
{
    public const string Route = "/oauth/token";

    private static readonly KeyValuePair<string, string> NoStore = ApiResult.Header("Cache-Control", "no-store");

    public async Task<ApiResult> HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return ApiResult.MethodNotAllowed("POST");
        }

        if (!context.Request.HasFormContentType)
        {
            return OAuthError(StatusCodes.Status400BadRequest, "invalid_request", "send the fields form-encoded with Content-Type: application/x-www-form-urlencoded");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var grantType = form["grant_type"].ToString();
        if (grantType.Length == 0)
        {
            return OAuthError(StatusCodes.Status400BadRequest, "invalid_request", "grant_type is missing; use grant_type=client_credentials");
        }

        if (grantType != "client_credentials")
        {
            return OAuthError(StatusCodes.Status400BadRequest, "unsupported_grant_type", $"grant_type '{grantType}' is not supported; use client_credentials");
        }

        var clientId = form["client_id"].ToString();
        var client = OAuthClient.Demo.FirstOrDefault(candidate => candidate.ClientId == clientId);
        if (client is null || !SecretsEqual(client.ClientSecret, form["client_secret"].ToString()))
        {
            return OAuthError(
                StatusCodes.Status401Unauthorized,
                "invalid_client",
                "client authentication failed: unknown client_id or wrong client_secret (is the secret form-encoded?)");
        }

        var requested = form.ContainsKey("scope")
            ? form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        var unknown = requested.Where(scope => !Scopes.All.Contains(scope)).ToArray();
        if (unknown.Length > 0)
        {
            return OAuthError(
                StatusCodes.Status400BadRequest,
                "invalid_scope",
                $"unknown scope {string.Join(", ", unknown)}; known scopes: {string.Join(" ", Scopes.All)}");
        }

        var granted = requested.Length == 0
            ? client.AllowedScopes
            : [.. Scopes.All.Where(scope => requested.Contains(scope) && client.AllowedScopes.Contains(scope))];
        if (granted.Count == 0)
        {
            return OAuthError(
                StatusCodes.Status400BadRequest,
                "invalid_scope",
                $"client {clientId} may not be granted any of the requested scopes; it may have: {string.Join(" ", client.AllowedScopes)}");
        }

        var token = tokens.Issue(client.ClientId, granted);
        var body = new TokenBody(token, "Bearer", (long)Math.Ceiling(tokens.Lifetime.TotalSeconds), string.Join(" ", granted));
        return ApiResult.Of(StatusCodes.Status200OK, body, SandboxJsonContext.Default.TokenBody, NoStore, ApiResult.Header("Pragma", "no-cache"));
    }

    private static ApiResult OAuthError(int status, string code, string description) =>
        ApiResult.Of(status, new OAuthErrorBody(code, description), SandboxJsonContext.Default.OAuthErrorBody, NoStore);

    private static bool SecretsEqual(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
