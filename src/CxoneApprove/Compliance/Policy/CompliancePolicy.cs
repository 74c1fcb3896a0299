namespace CxoneApprove.Compliance;

/// <summary>
/// A team's rules, committed beside its templates like a linter's configuration: the brand, its domains,
/// extra opt-out keywords, limits and a severity per rule id. What a policy leaves out stays as the
/// command line or the defaults have it.
/// </summary>
internal sealed record CompliancePolicy
{
    /// <summary><c>brand.names</c>: the names the sender goes by.</summary>
    public IReadOnlyList<string>? BrandNames { get; init; }

    /// <summary><c>brand.domains</c>: the sender's own domains, normalized (<c>acme.com</c>).</summary>
    public IReadOnlyList<string>? BrandDomains { get; init; }

    /// <summary><c>short_link_domains</c>: the sender's branded short-link domains, normalized.</summary>
    public IReadOnlyList<string>? ShortLinkDomains { get; init; }

    /// <summary><c>opt_out_keywords</c>: keywords recognized beside the standard ones.</summary>
    public IReadOnlyList<string>? OptOutKeywords { get; init; }

    /// <summary><c>max_segments</c>: SMS parts a template may need, 1 to 10.</summary>
    public int? MaxSegments { get; init; }

    /// <summary><c>sender_kinds</c>: the sender address kinds allowed.</summary>
    public SenderKinds? SenderKinds { get; init; }

    /// <summary><c>rules</c>: severity per rule id.</summary>
    public IReadOnlyDictionary<string, RuleSeverity> Rules { get; init; } = new Dictionary<string, RuleSeverity>();
}

/// <summary>What the command line says about compliance; <see langword="null"/> where the user gave nothing.</summary>
internal sealed record ComplianceOverrides
{
    /// <summary><c>--max-segments</c>.</summary>
    public int? MaxSegments { get; init; }

    /// <summary><c>--allow-sender</c>.</summary>
    public SenderKinds? AllowedSenders { get; init; }

    /// <summary><c>--opt-out-keyword</c>; replaces the policy's list when given.</summary>
    public IReadOnlyList<string>? ExtraOptOutKeywords { get; init; }

    /// <summary><c>--placeholder-width</c>.</summary>
    public int? PlaceholderWidth { get; init; }

    /// <summary>Brand names given on the command line; replace the policy's when given.</summary>
    public IReadOnlyList<string>? BrandNames { get; init; }

    /// <summary>Brand domains given on the command line; replace the policy's when given.</summary>
    public IReadOnlyList<string>? BrandDomains { get; init; }

    /// <summary>Short-link domains given on the command line; replace the policy's when given.</summary>
    public IReadOnlyList<string>? ShortLinkDomains { get; init; }

    /// <summary>Severities given on the command line; each beats the policy's for the same rule id.</summary>
    public IReadOnlyDictionary<string, RuleSeverity>? RuleSeverities { get; init; }
}

/// <summary>Puts options together: the command line beats the policy, which beats the defaults.</summary>
internal static class ComplianceSettings
{
    /// <summary>The options for <paramref name="commandLine"/> over <paramref name="policy"/> (which may be absent) over the defaults.</summary>
    public static ComplianceOptions Merge(CompliancePolicy? policy, ComplianceOverrides? commandLine)
    {
        policy ??= new CompliancePolicy();
        commandLine ??= new ComplianceOverrides();
        var defaults = ComplianceOptions.Default;
        var rules = new Dictionary<string, RuleSeverity>(policy.Rules, StringComparer.Ordinal);
        foreach (var (rule, severity) in commandLine.RuleSeverities ?? new Dictionary<string, RuleSeverity>())
        {
            rules[rule] = severity;
        }

        return new ComplianceOptions
        {
            MaxSegments = commandLine.MaxSegments ?? policy.MaxSegments ?? defaults.MaxSegments,
            AllowedSenders = commandLine.AllowedSenders ?? policy.SenderKinds ?? defaults.AllowedSenders,
            ExtraOptOutKeywords = commandLine.ExtraOptOutKeywords ?? policy.OptOutKeywords ?? defaults.ExtraOptOutKeywords,
            PlaceholderWidth = commandLine.PlaceholderWidth ?? defaults.PlaceholderWidth,
            BrandNames = commandLine.BrandNames ?? policy.BrandNames ?? defaults.BrandNames,
            BrandDomains = commandLine.BrandDomains ?? policy.BrandDomains ?? defaults.BrandDomains,
            ShortLinkDomains = commandLine.ShortLinkDomains ?? policy.ShortLinkDomains ?? defaults.ShortLinkDomains,
            RuleSeverities = rules,
        };
    }
}
