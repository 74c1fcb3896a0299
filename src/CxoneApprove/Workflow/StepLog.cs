namespace CxoneApprove.Workflow;

/// <summary>Collects one template's steps in order and fills the ones that never ran as <c>skipped</c>.</summary>
internal sealed class StepLog
{
    private static readonly string[] Order =
        [StepNames.Token, StepNames.Fetch, StepNames.Validate, StepNames.Approve, StepNames.A2pRegister, StepNames.Webhook, StepNames.Audit];

    private readonly Dictionary<string, StepResult> _steps = new(StringComparer.Ordinal);

    public void Add(StepResult step) => _steps[step.Name] = step;

    /// <summary>Every step in order; those not run are <c>skipped</c> with <paramref name="reason"/>.</summary>
    public IReadOnlyList<StepResult> Complete(string reason) =>
        [.. Order.Select(name => _steps.TryGetValue(name, out var step)
            ? step
            : new StepResult(name, StepStatus.Skipped, 0, 0, null, null, null) { Detail = reason })];
}
