using System.Text.Json;
using System.Text.Json.Serialization;
using CxoneApprove.Compliance;
using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>The JSON document of <c>--output json</c>: the run, with the exit codes the command line gives it.</summary>
internal sealed record RunDocument(
    [property: JsonPropertyName("ok")] bool Ok,
    [property: JsonPropertyName("exit_code")] int ExitCode,
    [property: JsonPropertyName("latency_ms")] long LatencyMs,
    [property: JsonPropertyName("templates")] IReadOnlyList<TemplateDocument> Templates)
{
    /// <summary>Why the run could not start (usage or configuration), when it could not.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; init; }

    /// <summary>The document of <paramref name="run"/>.</summary>
    public static RunDocument Of(RunResult run)
    {
        var exit = ExitCodes.Of(run);
        return new RunDocument(exit == ExitCodes.Success, exit, run.LatencyMs, [.. run.Templates.Select(TemplateDocument.Of)]);
    }
}

/// <summary>One template in the JSON document.</summary>
internal sealed record TemplateDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("outcome")] Outcome Outcome,
    [property: JsonPropertyName("exit_code")] int ExitCode,
    [property: JsonPropertyName("latency_ms")] long LatencyMs,
    [property: JsonPropertyName("validation")] ValidationReport? Validation,
    [property: JsonPropertyName("steps")] IReadOnlyList<StepResult> Steps)
{
    public static TemplateDocument Of(TemplateResult template) =>
        new(template.Id, template.Outcome, ExitCodes.Of(template), template.LatencyMs, template.Validation, template.Steps);
}

/// <summary>Source-generated JSON for what the command line prints (AOT- and trim-safe).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(RunDocument))]
[JsonSerializable(typeof(List<Audit.JournalEntry>))]
[JsonSerializable(typeof(Outcome))]
[JsonSerializable(typeof(StepName))]
[JsonSerializable(typeof(StepStatus))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

/// <summary>The names the JSON document gives the workflow's vocabulary, for every other place that prints them.</summary>
internal static class WireNames
{
    public static string Of(Outcome value) => Unquote(JsonSerializer.Serialize(value, CliJsonContext.Default.Outcome));

    public static string Of(StepName value) => Unquote(JsonSerializer.Serialize(value, CliJsonContext.Default.StepName));

    public static string Of(StepStatus value) => Unquote(JsonSerializer.Serialize(value, CliJsonContext.Default.StepStatus));

    /// <summary>The name as words for people: <c>already approved</c>.</summary>
    public static string Words(Outcome value) => Of(value).Replace('_', ' ');

    private static string Unquote(string json) => json[1..^1];
}
