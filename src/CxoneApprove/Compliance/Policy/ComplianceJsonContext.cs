using System.Text.Json.Serialization;

namespace CxoneApprove.Compliance;

/// <summary>
/// Source-generated JSON for what Compliance reads and writes on its own: the policy file and the
/// validation report (AOT- and trim-safe). Policy files may carry comments and trailing commas, as
/// linters' configuration files do.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    PropertyNameCaseInsensitive = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ValidationReport))]
[JsonSerializable(typeof(PolicyDocument))]
internal sealed partial class ComplianceJsonContext : JsonSerializerContext;
