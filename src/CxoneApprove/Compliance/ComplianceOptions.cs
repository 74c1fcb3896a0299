namespace CxoneApprove.Compliance;

/// <summary>What the validator enforces. The defaults are the tutorial's rules.</summary>
internal sealed record ComplianceOptions
{
    /// <summary>SMS parts the content may need (<c>--max-segments</c>); default 1. Values below 1 count as 1.</summary>
    public int MaxSegments { get; init; } = 1;

    /// <summary>Sender address kinds accepted as <c>from_address</c>; default short codes only.</summary>
    public SenderKinds AllowedSenders { get; init; } = SenderKinds.ShortCode;

    /// <summary>Opt-out keywords recognized beside the standard ones (e.g. <c>ALTO</c>, <c>ARRET</c>).</summary>
    public IReadOnlyList<string> ExtraOptOutKeywords { get; init; } = [];

    /// <summary>
    /// Characters each <c>{{placeholder}}</c> counts as (<c>--placeholder-width</c>); <see langword="null"/>:
    /// placeholders count as written and a warning says so. Negative values count as 0.
    /// </summary>
    public int? PlaceholderWidth { get; init; }

    /// <summary>The tutorial's rules: one part, a short code, the standard opt-out keywords.</summary>
    public static ComplianceOptions Default { get; } = new();
}
