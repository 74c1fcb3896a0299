using System.Globalization;
using CxoneApprove.Api;
using CxoneApprove.Compliance;

namespace CxoneApprove.Workflow.Steps;

/// <summary>validate: the carrier rules (or Meta's), offline. With <c>--dry-run</c> the run ends here, valid or not.</summary>
internal sealed class ValidateStep(ApprovalSettings settings, TimeProvider time) : IApprovalStep
{
    private const string NotChecked = "template not checked";

    public StepName Name => StepName.Validate;

    public Task<StepOutcome> RunAsync(ApprovalState state, CancellationToken cancellationToken)
    {
        var check = Check(state.Fetched!.Template, settings.Compliance, time);
        state = check.Into(state);
        if (check.Failure is { } failure)
        {
            return Task.FromResult(failure == ErrorCategory.Validation
                ? StepOutcome.Stopped(check.Result, state, Outcome.Invalid, failure, "template is not compliant")
                : StepOutcome.Stopped(check.Result, state, Outcome.Failed, failure, NotChecked));
        }

        return Task.FromResult(settings.DryRun
            ? StepOutcome.Stopped(check.Result, state, Outcome.Valid, null, "--dry-run")
            : StepOutcome.Continue(check.Result, state));
    }

    /// <summary>
    /// Validates a template as the API returned it, describing the report as the validate step's result (approve and
    /// validate alike). A channel, kind or category outside the API's vocabulary fails the step unchecked.
    /// </summary>
    public static TemplateCheck Check(TemplateDto template, ComplianceOptions compliance, TimeProvider time)
    {
        var clock = StepClock.Start(time, StepName.Validate);
        if (TemplateMapping.ToMessageTemplate(template, out var problem) is not { } message)
        {
            return new TemplateCheck(new StepResult(StepName.Validate, StepStatus.Failed, clock.ElapsedMs, 0, null,
                $"the template cannot be checked: its {problem}",
                "This tool knows the template fields of the API it was built for; a newer server may use values it does not. Nothing was approved."),
                null, null);
        }

        return Check(message, compliance, clock);
    }

    /// <summary>Validates a template already in the validator's model (an offline check).</summary>
    public static TemplateCheck Check(MessageTemplate template, ComplianceOptions compliance, TimeProvider time) =>
        Check(template, compliance, StepClock.Start(time, StepName.Validate));

    private static TemplateCheck Check(MessageTemplate template, ComplianceOptions compliance, StepClock clock)
    {
        var report = TemplateValidator.Validate(template, compliance);
        var summary = Summary(template, report);
        var result = report.Valid
            ? new StepResult(StepName.Validate, StepStatus.Ok, clock.ElapsedMs, 0, null, null, null) { Detail = summary }
            : new StepResult(StepName.Validate, StepStatus.Failed, clock.ElapsedMs, 0, null,
                $"not compliant: {string.Join(", ", report.Violations.Select(v => v.Rule).Distinct())}",
                string.Join(" ", report.Violations.Select(v => v.Message))) { Detail = summary };
        return new TemplateCheck(result, report, new CheckedTemplate(template, compliance));
    }

    /// <summary>The size that matters for the channel, for people: SMS encoding and parts, or the WhatsApp body against Meta's limit.</summary>
    public static string Summary(MessageTemplate template, ValidationReport report)
    {
        if (template.Channel == MessageChannel.WhatsApp)
        {
            var category = template.Category is { } known ? " " + TemplateVocabulary.Categories.Name(known) : string.Empty;
            return string.Create(CultureInfo.InvariantCulture,
                $"WhatsApp{category}, body of {report.Units} characters (at most {WhatsAppComponentRules.MaxBody})");
        }

        return $"{report.Encoding}, {report.Units} {(report.Encoding == "GSM-7" ? "septets" : "UTF-16 units")}, "
            + $"{report.Segments} part{(report.Segments == 1 ? "" : "s")}";
    }
}

/// <summary>What the validator was given: the template in its model and the rules it was held to (for the picture).</summary>
internal sealed record CheckedTemplate(MessageTemplate Template, ComplianceOptions Options)
{
    /// <summary>The file the template was read from, when it was; findings are then placed in the file too.</summary>
    public ContentOrigin? Origin { get; init; }
}

/// <summary>A template file and where each UTF-16 offset of its content is in it.</summary>
/// <param name="Path">The file, as the user named it.</param>
/// <param name="Locate">The 1-based line and column of a content offset in the file.</param>
internal sealed record ContentOrigin(string Path, Func<int, (int Line, int Column)> Locate);

/// <summary>
/// The validate step's result, the report (<see langword="null"/> when the template could not be checked at all) and
/// what was checked.
/// </summary>
internal sealed record TemplateCheck(StepResult Result, ValidationReport? Report, CheckedTemplate? Checked)
{
    /// <summary>Why the template may not go on: not compliant, or not checkable; <see langword="null"/> when valid.</summary>
    public ErrorCategory? Failure => Report is null ? ErrorCategory.BadResponse : Report.Valid ? null : ErrorCategory.Validation;

    /// <summary><paramref name="state"/> with this check's report and template.</summary>
    public ApprovalState Into(ApprovalState state) => state with { Validation = Report, Checked = Checked };
}
