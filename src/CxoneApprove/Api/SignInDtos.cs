using System.Text.Json.Serialization;

namespace CxoneApprove.Api;

/// <summary>The parts of an OpenID discovery document (<c>{issuer}/.well-known/openid-configuration</c>) the sign-in reads.</summary>
internal sealed record OpenIdConfigurationDto
{
    [JsonPropertyName("issuer")] public string? Issuer { get; init; }
    [JsonPropertyName("token_endpoint")] public string? TokenEndpoint { get; init; }
    [JsonPropertyName("token_endpoint_auth_methods_supported")] public List<string>? TokenEndpointAuthMethods { get; init; }
}

/// <summary>CXone's tenant discovery (<c>{issuer}/.well-known/cxone-configuration?tenantId=…</c>): where the tenant's API lives.</summary>
internal sealed record CxoneConfigurationDto
{
    [JsonPropertyName("api_endpoint")] public string? ApiEndpoint { get; init; }
    [JsonPropertyName("auth_endpoint")] public string? AuthEndpoint { get; init; }
    [JsonPropertyName("area")] public string? Area { get; init; }
}

/// <summary>The one claim of the id_token the sign-in needs: the tenant, under CXone's camel-case name.</summary>
internal sealed record IdTokenClaims
{
    [JsonPropertyName("tenantId")] public string? TenantId { get; init; }
}

/// <summary>Source-generated JSON for the sign-in's discovery documents and the id_token payload.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(OpenIdConfigurationDto))]
[JsonSerializable(typeof(CxoneConfigurationDto))]
[JsonSerializable(typeof(IdTokenClaims))]
internal sealed partial class SignInJsonContext : JsonSerializerContext;
