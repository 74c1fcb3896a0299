using System.Text;

namespace CxoneApprove.Compliance;

/// <summary>One line of the picture's findings: a finding, or the characters outside GSM-7 of one kind together.</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="Severity">Error or warning, as the report filed it.</param>
/// <param name="Places">Where in the content, for the markers; empty when it is about no place.</param>
/// <param name="Message">The line to print.</param>
internal sealed record FindingGroup(string Rule, RuleSeverity Severity, IReadOnlyList<(int Offset, int Length)> Places, string Message);

/// <summary>
/// Turns a report into the picture's lines of findings: violations first, then warnings, in the report's
/// order, with the <c>non_gsm_character</c> warnings that call for the same remedy (typographic fixes,
/// look-alikes, letters that spell words, characters to remove) merged into one line listing their places.
/// </summary>
internal static class FindingGroups
{
    /// <summary>The groups of <paramref name="report"/> for <paramref name="content"/>.</summary>
    public static IReadOnlyList<FindingGroup> Of(ValidationReport report, string content)
    {
        var groups = new List<FindingGroup>();
        foreach (var violation in report.Violations)
        {
            // Too long a message is marked where its allowed parts end, not underlined to its end.
            var places = violation.Rule == Rules.ContentLength && violation.Offset is { } cut ? [(cut, 0)] : Places(violation);
            groups.Add(new FindingGroup(violation.Rule, RuleSeverity.Error, places, violation.Message));
        }

        // Each warning keeps its place in the order; merged ones take the place of the first of their kind.
        var merged = new Dictionary<string, (SubstitutionKind? Kind, List<ValidationWarning> Warnings)>(StringComparer.Ordinal);
        var order = new List<(string? Key, ValidationWarning Warning)>();
        foreach (var warning in report.Warnings)
        {
            if (warning.Code == WarningCodes.NonGsmCharacter && warning.Offset is { } offset && warning.Length is { } length && length <= 2 && offset + length <= content.Length)
            {
                var kind = Substitution(content, offset);
                var key = kind?.ToString() ?? "none";
                if (!merged.TryGetValue(key, out var entry))
                {
                    merged[key] = entry = (kind, []);
                    order.Add((key, warning));
                }

                entry.Warnings.Add(warning);
                continue;
            }

            order.Add((null, warning));
        }

        foreach (var (key, warning) in order)
        {
            if (key is null)
            {
                groups.Add(new FindingGroup(warning.Code, RuleSeverity.Warning, Places(warning), warning.Message));
                continue;
            }

            var (kind, list) = merged[key];
            groups.Add(new FindingGroup(WarningCodes.NonGsmCharacter, RuleSeverity.Warning, [.. list.SelectMany(Places)],
                list.Count == 1 ? list[0].Message : Merged(list, content, kind)));
        }

        return groups;
    }

    private static IReadOnlyList<(int, int)> Places(ReportedFinding finding) =>
        finding.Offset is { } offset ? [(offset, finding.Length ?? 0)] : [];

    private static SubstitutionKind? Substitution(string content, int offset) =>
        Gsm7Substitutions.Find(CodePointAt(content, offset))?.Kind;

    private static string Merged(List<ValidationWarning> warnings, string content, SubstitutionKind? kind)
    {
        var listed = new StringBuilder();
        foreach (var warning in warnings)
        {
            var offset = warning.Offset!.Value;
            var text = content.Substring(offset, warning.Length!.Value);
            var described = new NonGsmCharacter(text, CodePointAt(content, offset), 0, null).Describe();
            listed.Append(listed.Length == 0 ? string.Empty : ", ").Append(described).Append(" at ").Append(MessagePicture.CharacterNumber(content, offset));
        }

        var fixes = string.Join(" ", warnings.Select(w => w.Fix).OfType<string>().Distinct(StringComparer.Ordinal).Select(Shown));
        var remedy = kind switch
        {
            SubstitutionKind.Typographic => $"safe fix: {fixes}",
            SubstitutionKind.LookAlike or SubstitutionKind.Symbol => $"replace them with {fixes} to stay GSM-7",
            SubstitutionKind.Spelling => "they spell words: keep them if the words need them, and shorten the message instead",
            _ => "remove them to stay GSM-7",
        };
        return $"{warnings.Count} characters are not in GSM-7 ({listed}), so the message is sent as UCS-2 — {remedy}";
    }

    private static int CodePointAt(string text, int index) => char.IsSurrogatePair(text, index) ? char.ConvertToUtf32(text, index) : text[index];

    private static string Shown(string fix) => fix switch
    {
        "" => "(delete)",
        " " => "(plain space)",
        "\n" => "(line break)",
        _ => fix,
    };
}
