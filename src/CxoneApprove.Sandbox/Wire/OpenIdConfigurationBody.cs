namespace CxoneApprove.Sandbox.Wire;

/// <summary>The OpenID discovery document (<c>/.well-known/openid-configuration</c>), the parts a back-end client reads.</summary>
internal sealed record OpenIdConfigurationBody(
    string Issuer,
    string TokenEndpoint,
    IReadOnlyList<string> TokenEndpointAuthMethodsSupported,
    IReadOnlyList<string> GrantTypesSupported,
    IReadOnlyList<string> ResponseTypesSupported,
    IReadOnlyList<string> ScopesSupported,
    IReadOnlyList<string> IdTokenSigningAlgValuesSupported);
