using CxoneApprove.Api;
using CxoneApprove.Compliance;

namespace CxoneApprove.Workflow.Steps;

/// <summary>validate: the carrier rules, offline. With <c>--dry-run</c> the run ends here, valid or not.</summary>
internal sealed class ValidateStep(ApprovalSettings settings, TimeProvider time) : IApprovalStep
{
    public StepName Name => StepName.Validate;

    public Task<StepOutcome> RunAsync(ApprovalState state, CancellationToken cancellationToken)
    {
        var (report, result) = Check(state.Fetched!.Template, settings.Compliance, time);
        state = state with { Validation = report };
        if (!report.Valid)
        {
            return Task.FromResult(StepOutcome.Stopped(result, state, Outcome.Invalid, ErrorCategory.Validation, "template is not compliant"));
        }

        return Task.FromResult(settings.DryRun
            ? StepOutcome.Stopped(result, state, Outcome.Valid, null, "--dry-run")
            : StepOutcome.Continue(result, state));
    }

    /// <summary>Validates a template and describes the report as the validate step's result (approve and validate alike).</summary>
    public static (ValidationReport Report, StepResult Result) Check(TemplateDto template, ComplianceOptions compliance, TimeProvider time)
    {
        var clock = StepClock.Start(time, StepName.Validate);
        var report = TemplateValidator.Validate(template.Content, template.FromAddress, compliance);
        var summary = $"{report.Encoding}, {report.Units} {(report.Encoding == "GSM-7" ? "septets" : "UTF-16 units")}, "
            + $"{report.Segments} part{(report.Segments == 1 ? "" : "s")}";
        var result = report.Valid
            ? new StepResult(StepName.Validate, StepStatus.Ok, clock.ElapsedMs, 0, null, null, null) { Detail = summary }
            : new StepResult(StepName.Validate, StepStatus.Failed, clock.ElapsedMs, 0, null,
                $"not compliant: {string.Join(", ", report.Violations.Select(v => v.Rule).Distinct())}",
                string.Join(" ", report.Violations.Select(v => v.Message))) { Detail = summary };
        return (report, result);
    }
}
