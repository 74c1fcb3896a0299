namespace CxoneApprove.Sandbox.Auth;

/// <summary>A registered OAuth client and the scopes it may be granted.</summary>
internal sealed record OAuthClient(string ClientId, string ClientSecret, IReadOnlyList<string> AllowedScopes)
{
    public static IReadOnlyList<OAuthClient> Demo { get; } =
    [
        new(DemoCredentials.ClientId, DemoCredentials.ClientSecret, Scopes.All),
        new(DemoCredentials.ReadOnlyClientId, DemoCredentials.ReadOnlyClientSecret, [Scopes.MessagingRead]),
        new(DemoCredentials.PlainClientId, DemoCredentials.PlainClientSecret, Scopes.All),
    ];
}
