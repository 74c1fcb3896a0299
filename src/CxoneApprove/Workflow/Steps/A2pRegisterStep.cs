using CxoneApprove.Api;

namespace CxoneApprove.Workflow.Steps;

/// <summary>a2p_register: registers the approved template for A2P, idempotently. The audit latency window closes here.</summary>
internal sealed class A2pRegisterStep(CxoneClient client, ApprovalSettings settings, TimeProvider time) : IApprovalStep
{
    public StepName Name => StepName.A2pRegister;

    public async Task<StepOutcome> RunAsync(ApprovalState state, CancellationToken cancellationToken)
    {
        var clock = StepClock.Start(time, Name);
        var registration = new A2pRegistrationRequest(state.TemplateId, settings.CampaignName, settings.MessageClass, settings.OptInLanguage);
        var key = IdempotencyKeys.ForRegistration(state.TemplateId, state.Approved!.Version);
        var a2p = await client.RegisterA2pAsync(registration, key, cancellationToken);
        state = state with { LatencyEnd = time.GetTimestamp() };
        return a2p.IsSuccess
            ? StepOutcome.Continue(clock.Ok(a2p.Attempts, a2p.HttpStatus), state)
            : StepOutcome.Stopped(clock.Failed(a2p.Attempts, a2p.Error, a2p.HttpStatus), state, Outcome.Failed, a2p.Error.Category, "A2P registration failed");
    }
}
