using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.Sandbox.Auth;

/// <summary>A registered OAuth client and the scopes it may be granted.</summary>
internal sealed record OAuthClient(string ClientId, string ClientSecret, IReadOnlyList<string> AllowedScopes)
{
    /// <summary>The clients of the client-credentials grant.</summary>
    public static IReadOnlyList<OAuthClient> Demo { get; } =
    [
        new(DemoCredentials.ClientId, DemoCredentials.ClientSecret, Scopes.All),
        new(DemoCredentials.ReadOnlyClientId, DemoCredentials.ReadOnlyClientSecret, [Scopes.MessagingRead]),
        new(DemoCredentials.PlainClientId, DemoCredentials.PlainClientSecret, Scopes.All),
    ];

    /// <summary>The application of the CXone sign-in; what it is granted is up to the access key.</summary>
    public static OAuthClient Application { get; } = new(DemoCredentials.ApplicationClientId, DemoCredentials.ApplicationClientSecret, Scopes.All);
}
