namespace CxoneApprove.Compliance;

/// <summary>
/// What the validator enforces. The defaults: one part, short codes only, the standard keywords; a policy file and the command line
/// fill in the rest (see <see cref="ComplianceSettings.Merge"/>).
/// </summary>
internal sealed record ComplianceOptions
{
    /// <summary>SMS parts the content may need (<c>--max-segments</c>); default 1. Values below 1 count as 1.</summary>
    public int MaxSegments { get; init; } = 1;

    /// <summary>Sender address kinds accepted as <c>from_address</c>; default short codes only.</summary>
    public SenderKinds AllowedSenders { get; init; } = SenderKinds.ShortCode;

    /// <summary>Opt-out keywords recognized beside the standard ones (e.g. <c>BAJA</c>), in every supported phrasing.</summary>
    public IReadOnlyList<string> ExtraOptOutKeywords { get; init; } = [];

    /// <summary>
    /// Characters each <c>{{placeholder}}</c> counts as (<c>--placeholder-width</c>); <see langword="null"/>:
    /// placeholders count as written and a warning says so. Negative values count as 0.
    /// </summary>
    public int? PlaceholderWidth { get; init; }

    /// <summary>The names the sender goes by (brand, programme, DBA); empty: the brand is not checked.</summary>
    public IReadOnlyList<string> BrandNames { get; init; } = [];

    /// <summary>The sender's own domains (subdomains included); empty: link domains are not checked.</summary>
    public IReadOnlyList<string> BrandDomains { get; init; } = [];

    /// <summary>The sender's branded short-link domains, allowed beside <see cref="BrandDomains"/>.</summary>
    public IReadOnlyList<string> ShortLinkDomains { get; init; } = [];

    /// <summary>Severity per rule id, replacing the rule's own; <see cref="RuleSeverity.Off"/> drops its findings.</summary>
    public IReadOnlyDictionary<string, RuleSeverity> RuleSeverities { get; init; } = new Dictionary<string, RuleSeverity>();

    /// <summary>One part, a short code, the standard opt-out keywords, every rule at its own severity.</summary>
    public static ComplianceOptions Default { get; } = new();
}
