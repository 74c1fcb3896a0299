using System.Text.Json.Serialization;

namespace CxoneApprove.Sandbox.Wire;

/// <summary>
/// Source-generated JSON for every body the sandbox reads or writes (no reflection: Native AOT). Null values are left
/// out, which is how optional template fields stay absent.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(OAuthErrorBody))]
[JsonSerializable(typeof(TokenBody))]
[JsonSerializable(typeof(SignInTokenBody))]
[JsonSerializable(typeof(OpenIdConfigurationBody))]
[JsonSerializable(typeof(CxoneConfigurationBody))]
[JsonSerializable(typeof(IdTokenHeader))]
[JsonSerializable(typeof(IdTokenClaims))]
[JsonSerializable(typeof(TemplateBody))]
[JsonSerializable(typeof(ApprovalRequestBody))]
[JsonSerializable(typeof(A2PRegistrationRequestBody))]
[JsonSerializable(typeof(A2PRegistrationBody))]
[JsonSerializable(typeof(WebhookRequestBody))]
[JsonSerializable(typeof(WebhookBody))]
[JsonSerializable(typeof(List<WebhookBody>))]
[JsonSerializable(typeof(AuditLogRequestBody))]
[JsonSerializable(typeof(AuditLogReceiptBody))]
[JsonSerializable(typeof(WebhookEventBody))]
[JsonSerializable(typeof(StatsBody))]
internal sealed partial class SandboxJsonContext : JsonSerializerContext;
