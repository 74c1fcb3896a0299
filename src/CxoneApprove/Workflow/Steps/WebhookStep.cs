namespace CxoneApprove.Workflow.Steps;

/// <summary>webhook: makes sure the compliance webhook exists, once per run. A failure is a warning: the template stays approved.</summary>
internal sealed class WebhookStep(ApprovalSettings settings, WebhookRegistration registration) : IApprovalStep
{
    public StepName Name => StepName.Webhook;

    public async Task<StepOutcome> RunAsync(ApprovalState state, CancellationToken cancellationToken)
    {
        if (settings.WebhookUrl is not { } url)
        {
            return StepOutcome.Continue(StepResult.Skipped(Name, "no --webhook-url"), state);
        }

        return StepOutcome.Continue(await registration.EnsureAsync(state.Index, url, cancellationToken), state);
    }
}
