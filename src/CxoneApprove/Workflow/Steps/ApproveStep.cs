using CxoneApprove.Api;
using Serilog;

namespace CxoneApprove.Workflow.Steps;

/// <summary>
/// approve: the atomic PUT. A template already approved is not approved again. On a 409 the step fetches the latest
/// state and decides: approved meanwhile → already approved; unchanged → the conflict stands (exit 6); changed
/// (<c>meta.updated_at</c> or ETag) → validate the new content and try once more.
/// </summary>
internal sealed class ApproveStep(CxoneClient client, ApprovalSettings settings, TimeProvider time, ILogger log) : IApprovalStep
{
    private const string NotApproved = "template not approved";

    public StepName Name => StepName.Approve;

    public async Task<StepOutcome> RunAsync(ApprovalState state, CancellationToken cancellationToken)
    {
        if (state.Fetched!.IsApproved)
        {
            return StepOutcome.Continue(StepResult.Skipped(Name, "already approved"), state with { Approved = state.Fetched, WasAlreadyApproved = true });
        }

        var clock = StepClock.Start(time, Name);
        var attempts = 0;
        StepResult? revalidated = null;
        for (var round = 0; ; round++)
        {
            var put = await client.ApproveTemplateAsync(state.TemplateId, state.Fetched!, cancellationToken);
            attempts += put.Attempts;
            StepOutcome? final;
            if (put.IsSuccess)
            {
                var approved = put.Value ?? await VersionAfterApprovalAsync(state.TemplateId, state.Fetched!, cancellationToken);
                final = StepOutcome.Continue(clock.Ok(attempts, put.HttpStatus), state with { Approved = approved });
            }
            else if (put.Error.Category == ErrorCategory.Validation)
            {
                final = StepOutcome.Stopped(clock.Failed(attempts, put.Error, put.HttpStatus), state, Outcome.Invalid, ErrorCategory.Validation, NotApproved);
            }
            else if (put.Error.Category != ErrorCategory.Conflict || round > 0)
            {
                final = StepOutcome.Stopped(clock.Failed(attempts, put.Error, put.HttpStatus), state, Outcome.Failed, put.Error.Category, NotApproved);
            }
            else
            {
                var conflict = await ResolveConflictAsync(state, put, clock, attempts, cancellationToken);
                attempts = conflict.Attempts;
                state = conflict.State;
                revalidated = conflict.Revalidated ?? revalidated;
                final = conflict.Final;
            }

            if (final is not null)
            {
                return revalidated is null ? final : final with { Revised = revalidated };
            }
        }
    }

    /// <summary>After a 409: the step's end, or (Final null) the changed and still valid template to approve again.</summary>
    private async Task<ConflictResolution> ResolveConflictAsync(ApprovalState state, ApiResult<FetchedTemplate?> put, StepClock clock,
        int attempts, CancellationToken cancellationToken)
    {
        log.Information("{TemplateId}: approve conflicted (409); fetching the latest state", state.TemplateId);
        var latest = await client.GetTemplateAsync(state.TemplateId, cancellationToken);
        attempts += latest.Attempts;
        if (!latest.IsSuccess)
        {
            return new(StepOutcome.Stopped(clock.Failed(attempts, latest.Error, latest.HttpStatus), state, Outcome.Failed, latest.Error.Category, NotApproved), state, attempts);
        }

        var current = latest.Value!;
        if (current.IsApproved && put.AnswerLost)
        {
            // An earlier attempt of this PUT went unanswered: it took effect, and the retry found its work done.
            var ours = state with { Fetched = current, Approved = current };
            return new(StepOutcome.Continue(clock.Ok(attempts, put.HttpStatus, "approved (an earlier attempt took effect; its answer was lost)"), ours), ours, attempts);
        }

        if (current.IsApproved)
        {
            var approved = state with { Fetched = current, Approved = current, WasAlreadyApproved = true };
            return new(StepOutcome.Continue(clock.Skipped(attempts, put.HttpStatus, "already approved by another process (409)"), approved), approved, attempts);
        }

        var fetched = state.Fetched!;
        if (string.Equals(current.Template.Meta?.UpdatedAt, fetched.Template.Meta?.UpdatedAt, StringComparison.Ordinal)
            && string.Equals(current.ETag, fetched.ETag, StringComparison.Ordinal))
        {
            return new(StepOutcome.Stopped(clock.Failed(attempts, put.Error!, put.HttpStatus), state, Outcome.Failed, put.Error!.Category, NotApproved), state, attempts);
        }

        log.Information("{TemplateId}: changed since it was fetched (updated_at {Before} → {After}); validating again",
            state.TemplateId, fetched.Template.Meta?.UpdatedAt ?? "?", current.Template.Meta?.UpdatedAt ?? "?");
        var check = ValidateStep.Check(current.Template, settings.Compliance, time);
        state = check.Into(state with { Fetched = current });
        var final = check.Failure is not { } failure
            ? null
            : StepOutcome.Stopped(StepResult.Skipped(Name, NotApproved), state, failure == ErrorCategory.Validation ? Outcome.Invalid : Outcome.Failed, failure, NotApproved);
        return new(final, state, attempts) { Revalidated = check.Result };
    }

    // A 204 carries no new version: read it back so re-runs derive the same idempotency keys.
    private async Task<FetchedTemplate> VersionAfterApprovalAsync(string templateId, FetchedTemplate fetched, CancellationToken cancellationToken)
    {
        var reread = await client.GetTemplateAsync(templateId, cancellationToken);
        return reread.IsSuccess ? reread.Value! : fetched;
    }

    private sealed record ConflictResolution(StepOutcome? Final, ApprovalState State, int Attempts)
    {
        public StepResult? Revalidated { get; init; }
    }
}
