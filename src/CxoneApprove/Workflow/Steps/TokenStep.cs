using CxoneApprove.Api;
using CxoneApprove.Auth;

namespace CxoneApprove.Workflow.Steps;

/// <summary>token: the run's access token, from the cache when it is still good.</summary>
internal sealed class TokenStep(TokenProvider tokens, TimeProvider time) : IApprovalStep
{
    public StepName Name => StepName.Token;

    public async Task<StepOutcome> RunAsync(ApprovalState state, CancellationToken cancellationToken)
    {
        var clock = StepClock.Start(time, Name);
        try
        {
            var lease = await tokens.GetAsync(cancellationToken);
            return StepOutcome.Continue(clock.Ok(lease.Attempts, lease.HttpStatus, lease.Attempts == 0 ? "cached token" : null), state);
        }
        catch (ApiException ex)
        {
            return StepOutcome.Stopped(clock.Failed(0, ex.Error), state, Outcome.Failed, ex.Error.Category, "no token");
        }
    }
}
