using System.Text.Json.Serialization;
using CxoneApprove.Api;

namespace CxoneApprove.Audit;

/// <summary>
/// One line of the local audit journal. <c>kind</c> <c>outcome</c> records a template's outcome (with the remote
/// audit record when there is one); <c>kind</c> <c>published</c> records, later, that the remote record of
/// <c>record_id</c> was published. Lines are appended, never rewritten.
/// </summary>
internal sealed record JournalEntry
{
    public const string OutcomeKind = "outcome";
    public const string PublishedKind = "published";

    [JsonPropertyName("kind")] public required string Kind { get; init; }
    [JsonPropertyName("record_id")] public required string RecordId { get; init; }
    [JsonPropertyName("recorded_at")] public required string RecordedAt { get; init; }
    [JsonPropertyName("template_id")] public string? TemplateId { get; init; }
    [JsonPropertyName("outcome")] public string? Outcome { get; init; }
    [JsonPropertyName("exit_code")] public int? ExitCode { get; init; }
    [JsonPropertyName("base_url")] public string? BaseUrl { get; init; }
    [JsonPropertyName("idempotency_key")] public string? IdempotencyKey { get; init; }
    [JsonPropertyName("audit")] public AuditRecord? Audit { get; init; }
    [JsonPropertyName("steps")] public List<JournalStep>? Steps { get; init; }
    [JsonPropertyName("published")] public bool Published { get; init; }
}

/// <summary>A step's status and latency as the journal keeps it.</summary>
internal sealed record JournalStep(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("latency_ms")] long LatencyMs);
