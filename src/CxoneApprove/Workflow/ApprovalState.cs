using CxoneApprove.Api;
using CxoneApprove.Compliance;

namespace CxoneApprove.Workflow;

/// <summary>
/// What one template's approval has learnt so far. Each step gets the state its predecessors left and returns the
/// state with what it added; nothing else carries facts between steps.
/// </summary>
internal sealed record ApprovalState(string TemplateId, int Index)
{
    /// <summary>The template as last fetched.</summary>
    public FetchedTemplate? Fetched { get; init; }

    /// <summary>The compliance report of <see cref="Fetched"/>.</summary>
    public ValidationReport? Validation { get; init; }

    /// <summary>What <see cref="Validation"/> was made from: the template in the validator's model and its rules.</summary>
    public Steps.CheckedTemplate? Checked { get; init; }

    /// <summary>The template as approved (its version names the approval in idempotency keys).</summary>
    public FetchedTemplate? Approved { get; init; }

    /// <summary>Whether the server held the template as approved before this run approved it.</summary>
    public bool WasAlreadyApproved { get; init; }

    /// <summary>When the audit record's latency window opened (the fetch's start), as a TimeProvider timestamp.</summary>
    public long LatencyStart { get; init; }

    /// <summary>When it closed (the end of A2P registration).</summary>
    public long LatencyEnd { get; init; }

    /// <summary>The audit record, once the audit step has made it.</summary>
    public AuditPublication? Audit { get; init; }
}

/// <summary>Why a template's run stops before its last step.</summary>
internal sealed record StepStop(Outcome Outcome, ErrorCategory? Failure, string SkipReason);

/// <summary>
/// What a step did: its result, the state it leaves, and — when the run ends here — why. <see cref="Revised"/>
/// replaces an earlier step's result (the approve step validates a changed template again).
/// </summary>
internal sealed record StepOutcome(StepResult Result, ApprovalState State, StepStop? Stop = null)
{
    public StepResult? Revised { get; init; }

    public static StepOutcome Continue(StepResult result, ApprovalState state) => new(result, state);

    public static StepOutcome Stopped(StepResult result, ApprovalState state, Outcome outcome, ErrorCategory? failure, string skipReason) =>
        new(result, state, new StepStop(outcome, failure, skipReason));
}
