namespace CxoneApprove.Compliance;

/// <summary>
/// Collects findings in the order rules report them, applies the policy's severity per rule id (a rule
/// raised to error fails the template, one lowered to warning does not, off drops it) and builds the report.
/// </summary>
internal sealed class FindingList(ComplianceOptions options)
{
    private readonly List<Violation> _violations = [];
    private readonly List<ValidationWarning> _warnings = [];

    /// <summary>Whether the policy turned rule <paramref name="rule"/> off, so a rule need not look for it.</summary>
    public bool IsOff(string rule) => options.RuleSeverities.TryGetValue(rule, out var severity) && severity == RuleSeverity.Off;

    /// <summary>Files <paramref name="finding"/> under the severity the policy gives its rule, or its own.</summary>
    public void Add(Finding finding)
    {
        var severity = options.RuleSeverities.TryGetValue(finding.Rule, out var chosen) ? chosen : finding.Severity;
        var source = finding.Source ?? RuleCatalog.SourceOf(finding.Rule);
        switch (severity)
        {
            case RuleSeverity.Error:
                _violations.Add(new Violation(finding.Rule, finding.Message)
                {
                    Offset = finding.Offset, Length = finding.Length, Fix = finding.Fix, FixIsSafe = finding.FixIsSafe, Source = source,
                });
                break;
            case RuleSeverity.Warning:
                _warnings.Add(new ValidationWarning(finding.Rule, finding.Message)
                {
                    Offset = finding.Offset, Length = finding.Length, Fix = finding.Fix, FixIsSafe = finding.FixIsSafe, Source = source,
                });
                break;
        }
    }

    /// <summary>The report: valid exactly when no finding counts as an error.</summary>
    public ValidationReport ToReport(ReportMeasure measure, string? fixedContent) =>
        new(_violations.Count == 0, measure.Encoding, measure.Units, measure.Segments, [.. _violations], [.. _warnings])
        {
            FixedContent = fixedContent,
        };
}

/// <summary>The size figures a report carries: encoding name, units and parts.</summary>
internal readonly record struct ReportMeasure(string Encoding, int Units, int Segments);
