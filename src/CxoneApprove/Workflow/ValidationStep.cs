using CxoneApprove.Compliance;

namespace CxoneApprove.Workflow;

/// <summary>The <c>validate</c> step's result for a report, the same for approve and <c>validate</c>.</summary>
internal static class ValidationStep
{
    public static StepResult From(ValidationReport report, long elapsedMs)
    {
        var summary = $"{report.Encoding}, {report.Units} {(report.Encoding == "GSM-7" ? "septets" : "UTF-16 units")}, "
            + $"{report.Segments} part{(report.Segments == 1 ? "" : "s")}";
        return report.Valid
            ? new StepResult(StepNames.Validate, StepStatus.Ok, elapsedMs, 0, null, null, null) { Detail = summary }
            : new StepResult(StepNames.Validate, StepStatus.Failed, elapsedMs, 0, null,
                $"not compliant: {string.Join(", ", report.Violations.Select(v => v.Rule).Distinct())}",
                string.Join(" ", report.Violations.Select(v => v.Message))) { Detail = summary };
    }
}
