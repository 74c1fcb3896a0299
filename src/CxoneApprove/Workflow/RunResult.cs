using System.Text.Json.Serialization;
using CxoneApprove.Compliance;

namespace CxoneApprove.Workflow;

/// <summary>The whole run: the JSON document of <c>--output json</c> (cli-contract.md).</summary>
internal sealed record RunResult(
    [property: JsonPropertyName("ok")] bool Ok,
    [property: JsonPropertyName("exit_code")] int ExitCode,
    [property: JsonPropertyName("latency_ms")] long LatencyMs,
    [property: JsonPropertyName("templates")] IReadOnlyList<TemplateResult> Templates)
{
    /// <summary>Why the run could not start (usage or configuration), when it could not.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; init; }
}

/// <summary>One template's outcome, validation report and steps.</summary>
internal sealed record TemplateResult(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("exit_code")] int ExitCode,
    [property: JsonPropertyName("latency_ms")] long LatencyMs,
    [property: JsonPropertyName("validation")] ValidationReport? Validation,
    [property: JsonPropertyName("steps")] IReadOnlyList<StepResult> Steps);

/// <summary>One step of one template: token, fetch, validate, approve, a2p_register, webhook, audit.</summary>
internal sealed record StepResult(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("latency_ms")] long LatencyMs,
    [property: JsonPropertyName("attempts")] int Attempts,
    [property: JsonPropertyName("http_status")] int? HttpStatus,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("hint")] string? Hint)
{
    /// <summary>A short note for people: what was found or done (e.g. "GSM-7, 87 septets, 1 part").</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; init; }
}

/// <summary>Outcome names of the JSON document.</summary>
internal static class Outcomes
{
    public const string Approved = "approved";
    public const string AlreadyApproved = "already_approved";
    public const string Valid = "valid";
    public const string Invalid = "invalid";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}

/// <summary>Step names, in the order they run.</summary>
internal static class StepNames
{
    public const string Token = "token";
    public const string Fetch = "fetch";
    public const string Validate = "validate";
    public const string Approve = "approve";
    public const string A2pRegister = "a2p_register";
    public const string Webhook = "webhook";
    public const string Audit = "audit";
}

/// <summary>Step statuses.</summary>
internal static class StepStatus
{
    public const string Ok = "ok";
    public const string Skipped = "skipped";
    public const string Warning = "warning";
    public const string Failed = "failed";
}

/// <summary>The documented exit codes (cli-contract.md).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Internal = 1;
    public const int Usage = 2;
    public const int Invalid = 3;
    public const int Auth = 4;
    public const int NotFound = 5;
    public const int Conflict = 6;
    public const int Transient = 7;
    public const int BadResponse = 8;
    public const int Cancelled = 130;
}
