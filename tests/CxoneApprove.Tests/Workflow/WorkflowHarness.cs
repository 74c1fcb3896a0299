using CxoneApprove.Api;
using CxoneApprove.Tests.Http;
using CxoneApprove.Workflow;
using CxoneApprove.Workflow.Steps;
using Serilog;

namespace CxoneApprove.Tests.Workflow;

/// <summary>The real workflow and steps over <see cref="ClientHarness"/>'s scripted server, in fake time.</summary>
internal sealed class WorkflowHarness : IDisposable
{
    public WorkflowHarness(ApprovalSettings? settings = null, int templates = 1)
    {
        Settings = settings ?? new ApprovalSettings { OperatorId = "ops-7" };
        Webhook = new WebhookRegistration(Server.Client, Settings,
            new WebhookSecretSource(() => new WebhookSecret("whsec-test-0123456789", "from the test")), Server.Time, templates);
        Services = new ApprovalServices(Server.Client, Server.Tokens, Server.Time, Settings, Webhook, Log.Logger);
    }

    public ClientHarness Server { get; } = new();

    public ApprovalSettings Settings { get; }

    public WebhookRegistration Webhook { get; }

    public ApprovalServices Services { get; }

    public ApprovalWorkflow Workflow => ApprovalWorkflow.For(Services);

    /// <summary>Runs the whole workflow for one template.</summary>
    public Task<TemplateResult> ApproveAsync(string id, int index = 0) =>
        Server.RunAsync(() => Workflow.RunAsync(id, index, CancellationToken.None));

    /// <summary>Runs one step on a state, as the workflow would.</summary>
    public Task<StepOutcome> RunStepAsync(IApprovalStep step, ApprovalState state) =>
        Server.RunAsync(() => step.RunAsync(state, CancellationToken.None));

    /// <summary>The state after a successful fetch of <paramref name="id"/> (as the fetch step leaves it).</summary>
    public async Task<ApprovalState> FetchedAsync(string id)
    {
        var fetched = await Server.RunAsync(() => Server.Client.GetTemplateAsync(id, CancellationToken.None));
        return new ApprovalState(id, 0) { Fetched = fetched.Value };
    }

    public void Dispose() => Server.Dispose();
}
