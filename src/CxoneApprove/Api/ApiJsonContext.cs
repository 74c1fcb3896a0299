using System.Text.Json.Serialization;

namespace CxoneApprove.Api;

/// <summary>Source-generated JSON for the CXone wire formats (AOT- and trim-safe).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    PropertyNameCaseInsensitive = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(TemplateDto))]
[JsonSerializable(typeof(A2pRegistrationRequest))]
[JsonSerializable(typeof(WebhookRequest))]
[JsonSerializable(typeof(List<WebhookDto>))]
[JsonSerializable(typeof(AuditRecord))]
[JsonSerializable(typeof(OAuthTokenResponse))]
[JsonSerializable(typeof(ErrorBody))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
