using System.Text.Json;
using System.Text.Json.Serialization;

namespace CxoneApprove.Audit;

/// <summary>What a journal line records.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JournalKind>))]
internal enum JournalKind
{
    /// <summary>A template's outcome, with the remote audit record when there is one.</summary>
    [JsonStringEnumMemberName("outcome")] Outcome,

    /// <summary>Later: the remote record of <c>record_id</c> was published.</summary>
    [JsonStringEnumMemberName("published")] Published,
}

/// <summary>
/// One line of the local audit journal. Lines are appended, never rewritten; only <see cref="AuditJournal"/> makes
/// them. <see cref="Audit"/> is the audit record's body exactly as it is (or was to be) published.
/// </summary>
internal sealed record JournalEntry
{
    [JsonPropertyName("kind")] public required JournalKind Kind { get; init; }
    [JsonPropertyName("record_id")] public required string RecordId { get; init; }
    [JsonPropertyName("recorded_at")] public required string RecordedAt { get; init; }
    [JsonPropertyName("template_id")] public string? TemplateId { get; init; }
    [JsonPropertyName("outcome")] public string? Outcome { get; init; }
    [JsonPropertyName("exit_code")] public int? ExitCode { get; init; }
    [JsonPropertyName("base_url")] public string? BaseUrl { get; init; }
    [JsonPropertyName("idempotency_key")] public string? IdempotencyKey { get; init; }
    [JsonPropertyName("audit")] public JsonElement? Audit { get; init; }
    [JsonPropertyName("steps")] public List<JournalStep>? Steps { get; init; }
    [JsonPropertyName("published")] public bool Published { get; init; }
}

/// <summary>A step's status and latency as the journal keeps it.</summary>
internal sealed record JournalStep(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("latency_ms")] long LatencyMs);

/// <summary>A template's outcome as the caller hands it to <see cref="AuditJournal.AppendOutcome"/>.</summary>
internal sealed record OutcomeRecord(string TemplateId, string Outcome, int ExitCode, string BaseUrl, IReadOnlyList<JournalStep> Steps)
{
    /// <summary>The audit record's Idempotency-Key, when the approval made one.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The audit record's JSON body, when the approval made one.</summary>
    public string? AuditBody { get; init; }

    /// <summary>Whether the audit record was published when the outcome was recorded.</summary>
    public bool Published { get; init; }
}

/// <summary>Source-generated JSON for the journal (AOT- and trim-safe).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(JournalEntry))]
[JsonSerializable(typeof(List<JournalEntry>))]
internal sealed partial class AuditJsonContext : JsonSerializerContext;
