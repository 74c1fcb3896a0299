using System.Text.Json;
using System.Text.Json.Serialization;

namespace CxoneApprove.Api;

/// <summary>Template statuses the API uses.</summary>
internal static class TemplateStatus
{
    public const string Approved = "APPROVED";
}

/// <summary>
/// A messaging template as <c>GET /api/v1/messaging/templates/{id}</c> returns it. The fields after <c>content</c> are
/// an extension a server may leave out: they are written back only when they were read, so the PUT of an SMS
/// template is what it always was, and fields this tool does not know travel back untouched.
/// </summary>
internal sealed record TemplateDto
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("content")] public string? Content { get; init; }
    [JsonPropertyName("from_address")] public string? FromAddress { get; init; }
    [JsonPropertyName("meta")] public TemplateMetaDto? Meta { get; init; }

    /// <summary><c>sms</c> (what absent means) or <c>whatsapp</c>.</summary>
    [JsonPropertyName("channel"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Channel { get; init; }

    /// <summary><c>recurring</c> (what absent means), <c>sample</c>, <c>first</c>, <c>optin_confirm</c>, <c>help_resp</c>, <c>stop_resp</c>, <c>otp</c>.</summary>
    [JsonPropertyName("kind"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Kind { get; init; }

    /// <summary>The language the template is written in (BCP 47, e.g. <c>es-US</c>).</summary>
    [JsonPropertyName("locale"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Locale { get; init; }

    /// <summary>WhatsApp: <c>MARKETING</c>, <c>UTILITY</c> or <c>AUTHENTICATION</c>.</summary>
    [JsonPropertyName("category"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Category { get; init; }

    /// <summary>WhatsApp: the header text.</summary>
    [JsonPropertyName("header"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Header { get; init; }

    /// <summary>WhatsApp: the footer text.</summary>
    [JsonPropertyName("footer"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Footer { get; init; }

    /// <summary>WhatsApp: the buttons, in order.</summary>
    [JsonPropertyName("buttons"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public List<TemplateButtonDto?>? Buttons { get; init; }

    /// <summary>WhatsApp: example values of the variables, per component.</summary>
    [JsonPropertyName("examples"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public TemplateExamplesDto? Examples { get; init; }

    /// <summary>Fields this tool does not know, kept so that the approval's PUT sends back what was fetched.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>A WhatsApp template button: <c>type</c> (<c>QUICK_REPLY</c>, <c>URL</c>, <c>PHONE_NUMBER</c>, <c>COPY_CODE</c>, <c>OTP</c>…), its label and target.</summary>
internal sealed record TemplateButtonDto
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("url"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Url { get; init; }
    [JsonPropertyName("phone_number"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? PhoneNumber { get; init; }

    /// <summary>Fields of a button this tool does not know (Meta's other button kinds carry their own).</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>Example values of a WhatsApp template's variables: one list per component, in the variables' order.</summary>
internal sealed record TemplateExamplesDto
{
    [JsonPropertyName("header"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public List<string?>? Header { get; init; }
    [JsonPropertyName("body"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public List<string?>? Body { get; init; }
    [JsonPropertyName("buttons"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public List<string?>? Buttons { get; init; }
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
