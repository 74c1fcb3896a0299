using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Http;

/// <summary>Where clients sign in. The rate limit never counts these, so a client can always get a token.</summary>
internal static class SignInPaths
{
    /// <summary>The client-credentials grant.</summary>
    public const string ClientCredentials = "/oauth/token";

    /// <summary>The CXone sign-in: password and refresh-token grants with HTTP Basic client authentication.</summary>
    public const string CxoneToken = "/auth/token";

    /// <summary>OpenID discovery, and CXone's tenant discovery beside it.</summary>
    public const string WellKnown = "/.well-known";

    public static bool Contains(PathString path) =>
        path.Equals(ClientCredentials, StringComparison.OrdinalIgnoreCase)
        || path.Equals(CxoneToken, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(WellKnown, StringComparison.OrdinalIgnoreCase);
}
