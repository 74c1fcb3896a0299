using System.Text.Json.Serialization;
using CxoneApprove.Workflow;

namespace CxoneApprove.Api;

/// <summary>Source-generated JSON for everything the tool reads or writes (AOT- and trim-safe).</summary>
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
[JsonSerializable(typeof(RunResult))]
[JsonSerializable(typeof(CxoneApprove.Audit.JournalEntry))]
[JsonSerializable(typeof(List<CxoneApprove.Audit.JournalEntry>))]
internal sealed partial class CxoneJsonContext : JsonSerializerContext;
