using System.Text.Json.Serialization;

namespace CxoneApprove.Compliance;

/// <summary>How much a rule's finding counts: an error fails the template, a warning is reported, off drops it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuleSeverity>))]
internal enum RuleSeverity
{
    /// <summary>Fails the template; the finding lands in <c>violations</c>.</summary>
    [JsonStringEnumMemberName("error")]
    Error,

    /// <summary>Reported in <c>warnings</c>; the template stays valid.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>Not reported at all (a policy's choice).</summary>
    [JsonStringEnumMemberName("off")]
    Off,
}
