using System.Text.Json.Serialization;
using CxoneApprove.Api;
using CxoneApprove.Compliance;

namespace CxoneApprove.Workflow;

/// <summary>The whole run: every template's result, in input order.</summary>
internal sealed record RunResult(long LatencyMs, IReadOnlyList<TemplateResult> Templates);

/// <summary>
/// One template's outcome, validation report and steps. <see cref="Failure"/> says why it did not succeed (null when
/// it did); the command line turns it into an exit code.
/// </summary>
internal sealed record TemplateResult(
    string Id,
    Outcome Outcome,
    ErrorCategory? Failure,
    long LatencyMs,
    ValidationReport? Validation,
    IReadOnlyList<StepResult> Steps)
{
    /// <summary>The audit record this approval publishes, for the local journal; null when it has none.</summary>
    public AuditPublication? Audit { get; init; }

    /// <summary>What <see cref="Validation"/> was made from, for the picture of the message; null when nothing was checked.</summary>
    public Steps.CheckedTemplate? Checked { get; init; }

    /// <summary>Whether a step ended in a warning (a webhook or audit-publish failure: the template stays approved).</summary>
    public bool HasWarnings => Steps.Any(s => s.Status == StepStatus.Warning);
}

/// <summary>An approval's audit record: its key, its JSON body, and whether the server has it.</summary>
internal sealed record AuditPublication(string IdempotencyKey, string Body, bool Published);

/// <summary>One step of one template.</summary>
internal sealed record StepResult(
    [property: JsonPropertyName("name")] StepName Name,
    [property: JsonPropertyName("status")] StepStatus Status,
    [property: JsonPropertyName("latency_ms")] long LatencyMs,
    [property: JsonPropertyName("attempts")] int Attempts,
    [property: JsonPropertyName("http_status")] int? HttpStatus,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("hint")] string? Hint)
{
    /// <summary>A short note for people: what was found or done (e.g. "GSM-7, 87 septets, 1 part").</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; init; }

    /// <summary>A step that did not run.</summary>
    public static StepResult Skipped(StepName name, string reason) => new(name, StepStatus.Skipped, 0, 0, null, null, null) { Detail = reason };
}
