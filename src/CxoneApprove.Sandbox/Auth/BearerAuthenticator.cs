using CxoneApprove.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Auth;

/// <summary>Checks a request's bearer token and scopes, answering 401 or 403 the way RFC 6750 describes.</summary>
internal sealed class BearerAuthenticator(TokenIssuer tokens)
{
    /// <summary>Returns the refusal to send, or <see langword="null"/> when the token is good and holds every scope.</summary>
    public ApiResult? Refuse(HttpContext context, params string[] requiredScopes)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || authorization.Length == scheme.Length)
        {
            return InvalidToken("missing bearer token: send 'Authorization: Bearer <access_token>' from POST /oauth/token");
        }

        var check = tokens.Check(authorization[scheme.Length..].Trim());
        if (check.Grant is null)
        {
            return InvalidToken(check.Problem!);
        }

        var missing = requiredScopes.Where(scope => !check.Grant.Scopes.Contains(scope)).ToArray();
        if (missing.Length == 0)
        {
            return null;
        }

        var names = string.Join(" ", missing);
        var message = missing.Length == 1
            ? $"this endpoint requires the scope {names}"
            : $"this endpoint requires the scopes {string.Join(" and ", missing)}";
        return ApiResult.Error(
            StatusCodes.Status403Forbidden,
            "insufficient_scope",
            message,
            ApiResult.Header("WWW-Authenticate", $"Bearer error=\"insufficient_scope\", scope=\"{names}\""));
    }

    private static ApiResult InvalidToken(string message) => ApiResult.Error(
        StatusCodes.Status401Unauthorized,
        "invalid_token",
        message,
        ApiResult.Header("WWW-Authenticate", $"Bearer error=\"invalid_token\", error_description=\"{message.Replace('"', '\'')}\""));
}
