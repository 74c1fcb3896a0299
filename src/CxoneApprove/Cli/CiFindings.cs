using CxoneApprove.Compliance;
using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>A line and column in a template file (1-based).</summary>
internal readonly record struct FilePosition(string Path, int Line, int Column);

/// <summary>
/// A finding as CI systems get it (JUnit failures, GitHub annotations): its rule id, severity, message and source, and
/// where it is — in the content, and in the template file when the template came from one.
/// </summary>
internal sealed record CiFinding(string Rule, RuleSeverity Severity, string Message, string? Source)
{
    /// <summary>UTF-16 offset in the content; <see langword="null"/> when the finding is about no place in it.</summary>
    public int? Offset { get; init; }

    /// <summary>The same place counted in characters from 1, as people count.</summary>
    public int? Character { get; init; }

    /// <summary>Where the place is in the template file; <see langword="null"/> without a file.</summary>
    public FilePosition? InFile { get; init; }

    /// <summary>The rule and its place: <c>opt_out</c>, <c>non_gsm_character at character 12 (offset 11)</c>, <c>… at t.json:3:18</c>.</summary>
    public string Label => InFile is { } file ? $"{Rule} at {file.Path}:{file.Line}:{file.Column}"
        : Offset is { } offset ? $"{Rule} at character {Character} (offset {offset})"
        : Rule;
}

/// <summary>The findings of a template for CI: one per finding, characters of one kind together as the picture has them.</summary>
internal static class CiFindings
{
    /// <summary>The findings of <paramref name="template"/>, errors first; none when it was not validated.</summary>
    public static IReadOnlyList<CiFinding> Of(TemplateResult template)
    {
        if (template.Validation is not { } report)
        {
            return [];
        }

        var content = template.Checked?.Template.Content ?? string.Empty;
        var origin = template.Checked?.Origin;
        var reported = report.Violations.Select(v => (v.Rule, Finding: (ReportedFinding)v)).Concat(report.Warnings.Select(w => (Rule: w.Code, Finding: (ReportedFinding)w)));
        return [.. FindingGroups.Of(report, content).Select(group =>
        {
            int? offset = group.Places.Count > 0 ? group.Places[0].Offset : null;
            var source = reported.FirstOrDefault(r => r.Rule == group.Rule && r.Finding.Offset == offset).Finding?.Source ?? RuleCatalog.SourceOf(group.Rule);
            var finding = new CiFinding(group.Rule, group.Severity, group.Message, source) { Offset = offset };
            if (offset is not { } at)
            {
                return finding;
            }

            var inFile = origin?.Locate(at) is { } position ? new FilePosition(origin.Path, position.Line, position.Column) : (FilePosition?)null;
            return finding with { Character = MessagePicture.CharacterNumber(content, at), InFile = inFile };
        })];
    }
}
