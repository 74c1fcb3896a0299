using System.Text.Json.Serialization;

namespace CxoneApprove.Sandbox.Wire;

/// <summary>The id_token's payload: the standard claims, and CXone's <c>tenantId</c> under its own (camel-case) name.</summary>
internal sealed record IdTokenClaims(
    string Iss,
    string Sub,
    string Aud,
    long Iat,
    long Exp,
    [property: JsonPropertyName("tenantId")] string TenantId);
