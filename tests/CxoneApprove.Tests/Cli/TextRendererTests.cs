using CxoneApprove.Api;
using CxoneApprove.Cli;
using CxoneApprove.Compliance;
using CxoneApprove.Workflow;

namespace CxoneApprove.Tests.Cli;

public sealed class TextRendererTests
{
    [Fact]
    public void Template_FailedStep_PrintsEveryStepWithLatencyThenErrorAndHint()
    {
        var result = new TemplateResult("tpl-1", Outcome.Failed, ErrorCategory.Auth, 58, new ValidationReport(true, "GSM-7", 52, 1, [], []),
        [
            new StepResult(StepName.Token, StepStatus.Ok, 12, 1, 200, null, null),
            new StepResult(StepName.Fetch, StepStatus.Ok, 8, 1, 200, null, null) { Detail = "status PENDING" },
            new StepResult(StepName.Validate, StepStatus.Ok, 0, 0, null, null, null) { Detail = "GSM-7, 52 septets, 1 part" },
            new StepResult(StepName.Approve, StepStatus.Failed, 31, 1, 403, "PUT was forbidden (403)", "Grant messaging:write."),
            new StepResult(StepName.A2pRegister, StepStatus.Skipped, 0, 0, null, null, null) { Detail = "template not approved" },
        ]);

        var text = TextRenderer.Template(result);

        Assert.Equal(
            """
            tpl-1: failed in 58 ms (exit 4)
              token         ok           12 ms
              fetch         ok            8 ms  status PENDING
              validate      ok            0 ms  GSM-7, 52 septets, 1 part
              approve       failed       31 ms
                  error: PUT was forbidden (403)
                  hint:  Grant messaging:write.
              a2p_register  skipped       0 ms  template not approved

            """.Replace("\r\n", "\n", StringComparison.Ordinal), text);
    }

    [Fact]
    public void Template_Invalid_ListsEachViolationAndWarningUnderValidate()
    {
        var report = new ValidationReport(false, "UCS-2", 93, 2,
            [new Violation(Rules.ContentLength, "needs 2 parts"), new Violation(Rules.OptOut, "no opt-out")],
            [new ValidationWarning("non_gsm_character", "’ is not GSM-7")]);
        var result = new TemplateResult("tpl-2", Outcome.Invalid, ErrorCategory.Validation, 5, report,
            [new StepResult(StepName.Validate, StepStatus.Failed, 1, 0, null, "not compliant: content_length, opt_out", "needs 2 parts no opt-out")]);

        var text = TextRenderer.Template(result);

        Assert.Equal(
            """
            tpl-2: invalid in 5 ms (exit 3)
              validate      failed        1 ms
                  ✗ content_length: needs 2 parts
                  ✗ opt_out: no opt-out
                  ! ’ is not GSM-7

            """.Replace("\r\n", "\n", StringComparison.Ordinal), text);
    }

    [Fact]
    public void Summary_CountsOutcomesInAFixedOrder()
    {
        TemplateResult T(Outcome outcome, ErrorCategory? failure) => new("x", outcome, failure, 1, null, []);
        var run = new RunResult(120, [T(Outcome.Invalid, ErrorCategory.Validation), T(Outcome.Approved, null), T(Outcome.Approved, null), T(Outcome.AlreadyApproved, null)]);

        Assert.Equal("2 approved, 1 already approved, 1 invalid — 4 templates in 120 ms, exit 3\n", TextRenderer.Summary(run));
    }
}
