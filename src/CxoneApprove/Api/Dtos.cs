using System.Text.Json;
using System.Text.Json.Serialization;

namespace CxoneApprove.Api;

/// <summary>Template statuses the API uses.</summary>
internal static class TemplateStatus
{
    public const string Approved = "APPROVED";
}

/// <summary>A messaging template as <c>GET /api/v1/messaging/templates/{id}</c> returns it.</summary>
internal sealed record TemplateDto
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("content")] public string? Content { get; init; }
    [JsonPropertyName("from_address")] public string? FromAddress { get; init; }
    [JsonPropertyName("meta")] public TemplateMetaDto? Meta { get; init; }
}

/// <summary>Template timestamps; <c>updated_at</c> tells whether a template changed between two reads.</summary>
internal sealed record TemplateMetaDto
{
    [JsonPropertyName("created_at")] public string? CreatedAt { get; init; }
    [JsonPropertyName("updated_at")] public string? UpdatedAt { get; init; }
}

/// <summary>Body of <c>POST /api/v1/a2p/registrations</c>.</summary>
internal sealed record A2pRegistrationRequest(
    [property: JsonPropertyName("template_id")] string TemplateId,
    [property: JsonPropertyName("campaign_name")] string CampaignName,
    [property: JsonPropertyName("message_class")] string MessageClass,
    [property: JsonPropertyName("opt_in_language")] string OptInLanguage);

/// <summary>Body of <c>POST /api/v1/webhooks</c>. Never logged: it carries the signing secret.</summary>
internal sealed record WebhookRequest(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("events")] IReadOnlyList<string> Events,
    [property: JsonPropertyName("secret")] string Secret);

/// <summary>A registered webhook as <c>GET /api/v1/webhooks</c> lists it (no secret).</summary>
internal sealed record WebhookDto
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("events")] public List<string>? Events { get; init; }
}

/// <summary>Body of <c>POST /api/v1/audit/logs</c>.</summary>
internal sealed record AuditRecord
{
    [JsonPropertyName("timestamp")] public required string Timestamp { get; init; }
    [JsonPropertyName("template_id")] public required string TemplateId { get; init; }
    [JsonPropertyName("action")] public string Action { get; init; } = "TEMPLATE_APPROVAL";
    [JsonPropertyName("status")] public required string Status { get; init; }
    [JsonPropertyName("latency_ms")] public required long LatencyMs { get; init; }
    [JsonPropertyName("operator_id")] public string OperatorId { get; init; } = "";
    [JsonPropertyName("carrier_ready")] public required bool CarrierReady { get; init; }

    /// <summary>The record as the JSON body that is journaled and published.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ApiJsonContext.Default.AuditRecord);
}

/// <summary>The OAuth token endpoint's success body (RFC 6749 §5.1).</summary>
internal sealed record OAuthTokenResponse
{
    [JsonPropertyName("access_token")] public string? AccessToken { get; init; }
    [JsonPropertyName("token_type")] public string? TokenType { get; init; }
    [JsonPropertyName("expires_in")] public long? ExpiresIn { get; init; }
    [JsonPropertyName("scope")] public string? Scope { get; init; }

    /// <summary>The CXone sign-in's: renews the access token without the access key.</summary>
    [JsonPropertyName("refresh_token")] public string? RefreshToken { get; init; }

    /// <summary>The CXone sign-in's: a JWT whose payload names the tenant (<c>tenantId</c>).</summary>
    [JsonPropertyName("id_token")] public string? IdToken { get; init; }
}

/// <summary>An error body: RFC 6749 §5.2 (<c>error</c>, <c>error_description</c>) or CXone's (<c>error</c>, <c>message</c>).</summary>
internal sealed record ErrorBody
{
    [JsonPropertyName("error")] public string? Error { get; init; }
    [JsonPropertyName("error_description")] public string? ErrorDescription { get; init; }
    [JsonPropertyName("message")] public string? Message { get; init; }
}
