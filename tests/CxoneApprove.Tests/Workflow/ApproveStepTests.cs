using CxoneApprove.Api;
using CxoneApprove.Cli;
using CxoneApprove.Tests.Http;
using CxoneApprove.Workflow;
using CxoneApprove.Workflow.Steps;
using Serilog;

namespace CxoneApprove.Tests.Workflow;

/// <summary>The approve step's 409 policy: fetch the latest state, then decide.</summary>
public sealed class ApproveStepTests
{
    private const string Path = "/api/v1/messaging/templates/tpl-1";

    [Fact]
    public async Task Conflict_ThenTheTemplateIsApproved_IsAlreadyApprovedAndTheRunGoesOn()
    {
        using var h = new WorkflowHarness();
        var state = await h.FetchedAsync("tpl-1");
        h.Server.Script("PUT", Path, _ => ClientHarness.Status(409, """{"error":"conflict"}"""));
        h.Server.Script("GET", Path, _ => ClientHarness.Template("tpl-1", status: "APPROVED", updatedAt: "2026-11-20T09:00:00Z", etag: "\"v2\""));

        var outcome = await h.RunStepAsync(Step(h), state);

        Assert.Null(outcome.Stop);
        Assert.Equal(StepStatus.Skipped, outcome.Result.Status);
        Assert.Equal("already approved by another process (409)", outcome.Result.Detail);
        Assert.True(outcome.State.WasAlreadyApproved);
        Assert.Equal("\"v2\"", outcome.State.Approved!.Version);
        Assert.Single(h.Server.To("PUT", Path));
    }

    [Fact]
    public async Task Conflict_ThenNothingChanged_StopsWithExit6AfterOnePut()
    {
        using var h = new WorkflowHarness();
        var state = await h.FetchedAsync("tpl-1");
        h.Server.Script("PUT", Path, _ => ClientHarness.Status(409, """{"error":"locked"}"""));

        var outcome = await h.RunStepAsync(Step(h), state);

        Assert.Equal(Outcome.Failed, outcome.Stop!.Outcome);
        Assert.Equal(6, ExitCodes.For(outcome.Stop.Failure));
        Assert.Equal(StepStatus.Failed, outcome.Result.Status);
        Assert.Equal(409, outcome.Result.HttpStatus);
        Assert.Single(h.Server.To("PUT", Path));
    }

    [Fact]
    public async Task Conflict_ThenChangedAndStillValid_ValidatesAgainAndApprovesTheNewVersion()
    {
        using var h = new WorkflowHarness();
        var state = await h.FetchedAsync("tpl-1");
        h.Server.Script("PUT", Path, _ => ClientHarness.Status(409, """{"error":"stale"}"""));
        h.Server.Script("GET", Path, _ => ClientHarness.Template("tpl-1", updatedAt: "2026-11-21T08:00:00Z", etag: "\"v2\""));

        var outcome = await h.RunStepAsync(Step(h), state);

        Assert.Null(outcome.Stop);
        Assert.Equal(StepStatus.Ok, outcome.Result.Status);
        Assert.Equal(StepName.Validate, outcome.Revised!.Name);
        Assert.Equal(StepStatus.Ok, outcome.Revised.Status);
        Assert.Equal(["\"v1\"", "\"v2\""], h.Server.To("PUT", Path).Select(r => r.IfMatch));
    }

    [Fact]
    public async Task Conflict_ThenChangedToNonCompliantContent_StopsInvalidWithoutASecondPut()
    {
        using var h = new WorkflowHarness();
        var state = await h.FetchedAsync("tpl-1");
        h.Server.Script("PUT", Path, _ => ClientHarness.Status(409, """{"error":"stale"}"""));
        h.Server.Script("GET", Path, _ => ClientHarness.Status(200,
            """{"id":"tpl-1","name":"n","status":"PENDING","content":"Now with no way out.","from_address":"12345","meta":{"updated_at":"2026-11-21T08:00:00Z"}}"""));

        var outcome = await h.RunStepAsync(Step(h), state);

        Assert.Equal(Outcome.Invalid, outcome.Stop!.Outcome);
        Assert.Equal(3, ExitCodes.For(outcome.Stop.Failure));
        Assert.Equal(StepStatus.Failed, outcome.Revised!.Status);
        Assert.Contains("opt_out", outcome.Revised.Error, StringComparison.Ordinal);
        Assert.Single(h.Server.To("PUT", Path));
    }

    [Fact]
    public async Task FirstPutsAnswerLost_RetryConflicts_IsApprovedByThisRun_NotByAnotherProcess()
    {
        using var h = new WorkflowHarness();
        var state = await h.FetchedAsync("tpl-1");
        h.Server.Script("PUT", Path,
            _ => throw new HttpRequestException(HttpRequestError.ResponseEnded, "the connection was closed mid-answer"),
            _ => ClientHarness.Status(409, """{"error":"stale"}"""));
        h.Server.Script("GET", Path, _ => ClientHarness.Template("tpl-1", status: "APPROVED", updatedAt: "2026-11-20T09:00:00Z", etag: "\"v2\""));

        var outcome = await h.RunStepAsync(Step(h), state);

        Assert.Null(outcome.Stop);
        Assert.Equal(StepStatus.Ok, outcome.Result.Status);
        Assert.False(outcome.State.WasAlreadyApproved);
        Assert.DoesNotContain("another process", outcome.Result.Detail, StringComparison.Ordinal);
        Assert.Equal(2, h.Server.To("PUT", Path).Count());
    }

    [Fact]
    public async Task ServerRefusesTheContent_StopsInvalidWithExit3()
    {
        using var h = new WorkflowHarness();
        var state = await h.FetchedAsync("tpl-1");
        h.Server.Script("PUT", Path, _ => ClientHarness.Status(400, """{"error":"compliance","message":"opt-out missing"}"""));

        var outcome = await h.RunStepAsync(Step(h), state);

        Assert.Equal(Outcome.Invalid, outcome.Stop!.Outcome);
        Assert.Equal(3, ExitCodes.For(outcome.Stop.Failure));
        Assert.Contains("opt-out missing", outcome.Result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TemplateAlreadyApproved_SendsNoPut()
    {
        using var h = new WorkflowHarness();
        h.Server.Script("GET", Path, _ => ClientHarness.Template("tpl-1", status: "APPROVED"));
        var state = await h.FetchedAsync("tpl-1");

        var outcome = await h.RunStepAsync(Step(h), state);

        Assert.Equal(StepStatus.Skipped, outcome.Result.Status);
        Assert.True(outcome.State.WasAlreadyApproved);
        Assert.Empty(h.Server.To("PUT", Path));
    }

    private static ApproveStep Step(WorkflowHarness h) => new(h.Server.Client, h.Settings, h.Server.Time, Log.Logger);
}
