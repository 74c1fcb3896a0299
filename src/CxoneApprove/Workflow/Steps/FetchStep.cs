using CxoneApprove.Api;

namespace CxoneApprove.Workflow.Steps;

/// <summary>fetch: the template as the server holds it. The audit record's latency window opens here.</summary>
internal sealed class FetchStep(CxoneClient client, TimeProvider time) : IApprovalStep
{
    public StepName Name => StepName.Fetch;

    public async Task<StepOutcome> RunAsync(ApprovalState state, CancellationToken cancellationToken)
    {
        var clock = StepClock.Start(time, Name);
        state = state with { LatencyStart = clock.Started };
        var fetch = await client.GetTemplateAsync(state.TemplateId, cancellationToken);
        if (!fetch.IsSuccess)
        {
            return StepOutcome.Stopped(clock.Failed(fetch.Attempts, fetch.Error, fetch.HttpStatus), state, Outcome.Failed,
                fetch.Error.Category, "template not fetched");
        }

        var fetched = fetch.Value!;
        return StepOutcome.Continue(clock.Ok(fetch.Attempts, fetch.HttpStatus, $"status {fetched.Template.Status ?? "unknown"}"),
            state with { Fetched = fetched });
    }
}
