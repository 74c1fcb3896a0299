namespace CxoneApprove.Compliance;

/// <summary>
/// What a rule found, before a policy decides how much it counts. Rules give the severity the message
/// kind and sender call for; <see cref="FindingList"/> applies the policy and files it as a violation or
/// a warning.
/// </summary>
/// <param name="Rule">The rule id (one of <see cref="Rules"/> or <see cref="WarningCodes"/>).</param>
/// <param name="Severity">Its severity here, before the policy.</param>
/// <param name="Message">One line a person can act on.</param>
internal sealed record Finding(string Rule, RuleSeverity Severity, string Message)
{
    /// <summary>UTF-16 index in the content; <see langword="null"/> when the finding is about no place in it.</summary>
    public int? Offset { get; init; }

    /// <summary>UTF-16 units covered from <see cref="Offset"/>.</summary>
    public int? Length { get; init; }

    /// <summary>Replacement text for the place, or <see langword="null"/>.</summary>
    public string? Fix { get; init; }

    /// <summary>Whether <see cref="Fix"/> changes typography only.</summary>
    public bool FixIsSafe { get; init; }

    /// <summary>An authority more specific than the rule's own (e.g. the toll-free keyword page); <see langword="null"/>: the catalog's.</summary>
    public string? Source { get; init; }

    /// <summary>This finding placed at <paramref name="offset"/> for <paramref name="length"/> units.</summary>
    public Finding At(int offset, int length) => this with { Offset = offset, Length = length };
}
