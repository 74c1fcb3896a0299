using System.Text.Json.Serialization;

namespace CxoneApprove.Compliance;

/// <summary>What the validator found: the <c>validation</c> object of the JSON document.</summary>
internal sealed record ValidationReport(
    [property: JsonPropertyName("valid")] bool Valid,
    [property: JsonPropertyName("encoding")] string Encoding,
    [property: JsonPropertyName("units")] int Units,
    [property: JsonPropertyName("segments")] int Segments,
    [property: JsonPropertyName("violations")] IReadOnlyList<Violation> Violations,
    [property: JsonPropertyName("warnings")] IReadOnlyList<ValidationWarning> Warnings);

/// <summary>A broken rule: <c>content_length</c>, <c>from_address</c>, <c>opt_out</c>, <c>empty_content</c>.</summary>
internal sealed record Violation(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("message")] string Message);

/// <summary>Something a person should know that does not fail the template.</summary>
internal sealed record ValidationWarning(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);

/// <summary>Rule names of the JSON document.</summary>
internal static class Rules
{
    public const string ContentLength = "content_length";
    public const string FromAddress = "from_address";
    public const string OptOut = "opt_out";
    public const string EmptyContent = "empty_content";
}
