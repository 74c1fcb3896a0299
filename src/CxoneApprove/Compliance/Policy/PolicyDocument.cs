using System.Text.Json;
using System.Text.Json.Serialization;

namespace CxoneApprove.Compliance;

/// <summary>The policy file as written, before its values are checked (see <see cref="PolicyParser"/>).</summary>
internal sealed class PolicyDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    [JsonPropertyName("brand")]
    public BrandDocument? Brand { get; set; }

    [JsonPropertyName("short_link_domains")]
    public List<string?>? ShortLinkDomains { get; set; }

    [JsonPropertyName("opt_out_keywords")]
    public List<string?>? OptOutKeywords { get; set; }

    [JsonPropertyName("max_segments")]
    public int? MaxSegments { get; set; }

    [JsonPropertyName("sender_kinds")]
    public List<string?>? SenderKinds { get; set; }

    [JsonPropertyName("rules")]
    public Dictionary<string, string?>? Rules { get; set; }

    /// <summary>Keys the policy does not know, to name them in the error.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>The policy's <c>brand</c> object.</summary>
internal sealed class BrandDocument
{
    [JsonPropertyName("names")]
    public List<string?>? Names { get; set; }

    [JsonPropertyName("domains")]
    public List<string?>? Domains { get; set; }

    /// <summary>Keys the brand object does not know.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
