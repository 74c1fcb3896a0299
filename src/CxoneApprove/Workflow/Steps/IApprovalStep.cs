namespace CxoneApprove.Workflow.Steps;

/// <summary>One step of an approval: it reads the state, does its one thing, and says whether the run goes on.</summary>
internal interface IApprovalStep
{
    /// <summary>Which step this is.</summary>
    StepName Name { get; }

    /// <summary>Runs the step. Cancellation propagates as <see cref="OperationCanceledException"/>.</summary>
    Task<StepOutcome> RunAsync(ApprovalState state, CancellationToken cancellationToken);
}
