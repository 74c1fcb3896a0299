using CxoneApprove.Sandbox.Auth;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Http;
using CxoneApprove.Sandbox.Wire;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Endpoints;

/// <summary>
/// The discovery documents of the CXone sign-in: OpenID's (where the token endpoint is) and CXone's tenant one (where
/// the tenant's API is). The sandbox is its own issuer and its own API host, at the address the client used.
/// </summary>
internal static class DiscoveryEndpoint
{
    public const string OpenIdRoute = SignInPaths.WellKnown + "/openid-configuration";
    public const string CxoneRoute = SignInPaths.WellKnown + "/cxone-configuration";

    /// <summary>Scheme, host and port as the client addressed the sandbox, e.g. <c>https://127.0.0.1:41234</c>.</summary>
    public static string Origin(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";

    public static Task<ApiResult> OpenIdAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            return Task.FromResult(ApiResult.MethodNotAllowed("GET"));
        }

        var origin = Origin(context);
        var body = new OpenIdConfigurationBody(
            origin,
            origin + SignInEndpoint.Route,
            ["client_secret_basic"],
            ["password", "refresh_token"],
            ["token"],
            ["openid", .. Scopes.All],
            ["HS256"]);
        return Task.FromResult(ApiResult.Of(StatusCodes.Status200OK, body, SandboxJsonContext.Default.OpenIdConfigurationBody));
    }

    public static Task<ApiResult> CxoneAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            return Task.FromResult(ApiResult.MethodNotAllowed("GET"));
        }

        var tenantId = context.Request.Query["tenantId"].ToString();
        if (tenantId.Length == 0)
        {
            return Task.FromResult(ApiResult.InvalidRequest("tenantId is required, e.g. ?tenantId=<the id_token's tenantId claim>"));
        }

        if (!string.Equals(tenantId, DemoCredentials.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(ApiResult.NotFound($"tenant {tenantId} does not exist"));
        }

        var origin = Origin(context);
        var body = new CxoneConfigurationBody(origin, origin, DemoCredentials.Area, DemoCredentials.TenantId);
        return Task.FromResult(ApiResult.Of(StatusCodes.Status200OK, body, SandboxJsonContext.Default.CxoneConfigurationBody));
    }
}
