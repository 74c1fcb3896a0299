using System.Text.Json.Serialization;

namespace CxoneApprove.Compliance;

/// <summary>What the validator found: the <c>validation</c> object of the JSON document.</summary>
internal sealed record ValidationReport(
    [property: JsonPropertyName("valid")] bool Valid,
    [property: JsonPropertyName("encoding")] string Encoding,
    [property: JsonPropertyName("units")] int Units,
    [property: JsonPropertyName("segments")] int Segments,
    [property: JsonPropertyName("violations")] IReadOnlyList<Violation> Violations,
    [property: JsonPropertyName("warnings")] IReadOnlyList<ValidationWarning> Warnings)
{
    /// <summary>The content with every safe (typographic) fix applied; <see langword="null"/> when none applies.</summary>
    [JsonPropertyName("fixed_content")]
    public string? FixedContent { get; init; }
}

/// <summary>
/// What every violation and warning carries beside its id and message: how much it counts, where it is in
/// <c>content</c> (UTF-16 offset and length; <see langword="null"/> when it is not about a place), the
/// replacement text for that place, and the rule's authority.
/// </summary>
internal abstract record ReportedFinding(
    [property: JsonPropertyName("severity"), JsonPropertyOrder(1)] RuleSeverity Severity,
    [property: JsonPropertyName("source"), JsonPropertyOrder(5)] string? Source)
{
    /// <summary>UTF-16 index in the content where the finding is; <see langword="null"/> when it is about no place.</summary>
    [JsonPropertyName("offset")]
    [JsonPropertyOrder(2)]
    public int? Offset { get; init; }

    /// <summary>UTF-16 units the finding covers from <see cref="Offset"/>.</summary>
    [JsonPropertyName("length")]
    [JsonPropertyOrder(3)]
    public int? Length { get; init; }

    /// <summary>Text that could replace the place; <see langword="null"/> when there is no mechanical fix.</summary>
    [JsonPropertyName("fix")]
    [JsonPropertyOrder(4)]
    public string? Fix { get; init; }

    /// <summary>Whether <see cref="Fix"/> only changes typography, so it may be applied without asking (see <c>fixed_content</c>).</summary>
    [JsonIgnore]
    public bool FixIsSafe { get; init; }
}

/// <summary>A broken rule: <c>content_length</c>, <c>from_address</c>, <c>opt_out</c>, <c>empty_content</c> and the rest of <see cref="Rules"/>.</summary>
internal sealed record Violation(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("message")] string Message)
    : ReportedFinding(RuleSeverity.Error, RuleCatalog.SourceOf(Rule));

/// <summary>Something a person should know that does not fail the template.</summary>
internal sealed record ValidationWarning(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message)
    : ReportedFinding(RuleSeverity.Warning, RuleCatalog.SourceOf(Code));

/// <summary>Rule ids of the JSON document (see <see cref="RuleCatalog"/> for their severities and sources).</summary>
internal static class Rules
{
    public const string ContentLength = "content_length";
    public const string FromAddress = "from_address";
    public const string OptOut = "opt_out";
    public const string EmptyContent = "empty_content";
    public const string UrlShortener = "url_shortener";
    public const string UrlInsecure = "url_insecure";
    public const string UrlDomain = "url_domain";
    public const string BrandMissing = "brand_missing";
    public const string HelpMissing = "help_missing";
    public const string OptInConfirmIncomplete = "optin_confirm_incomplete";
    public const string EmbeddedPhone = "embedded_phone";
    public const string EmbeddedEmail = "embedded_email";
    public const string ShaftContent = "shaft_content";
    public const string HighRiskContent = "high_risk_content";
    public const string AllCaps = "all_caps";
    public const string WaBodyLength = "wa_body_length";
    public const string WaHeaderLength = "wa_header_length";
    public const string WaFooterLength = "wa_footer_length";
    public const string WaHeaderVariables = "wa_header_variables";
    public const string WaFooterVariables = "wa_footer_variables";
    public const string WaVariableFormat = "wa_variable_format";
    public const string WaVariableSequence = "wa_variable_sequence";
    public const string WaVariableEdge = "wa_variable_edge";
    public const string WaVariableAdjacent = "wa_variable_adjacent";
    public const string WaVariableDensity = "wa_variable_density";
    public const string WaExampleMissing = "wa_example_missing";
    public const string WaButtons = "wa_buttons";
    public const string WaAuthContent = "wa_auth_content";
}
