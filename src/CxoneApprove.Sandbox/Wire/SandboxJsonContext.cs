using System.Text.Json.Serialization;

namespace CxoneApprove.Sandbox.Wire;

/// <summary>Source-generated JSON for every body the sandbox reads or writes (no reflection: Native AOT).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(OAuthErrorBody))]
[JsonSerializable(typeof(TokenBody))]
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
internal sealed partial class SandboxJsonContext : JsonSerializerContext;
