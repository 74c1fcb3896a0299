using CxoneApprove.Api;
using CxoneApprove.Auth;
using CxoneApprove.Workflow.Steps;
using Serilog;

namespace CxoneApprove.Workflow;

/// <summary>What the steps of one run share.</summary>
internal sealed record ApprovalServices(CxoneClient Client, TokenProvider Tokens, TimeProvider Time, ApprovalSettings Settings,
    WebhookRegistration Webhook, ILogger Log);

/// <summary>The steps of an approval, in order: the one place that order is written.</summary>
internal static class ApprovalSteps
{
    /// <summary>token → fetch → validate → approve → a2p_register → webhook → audit.</summary>
    public static IReadOnlyList<StepName> Order { get; } =
        [StepName.Token, StepName.Fetch, StepName.Validate, StepName.Approve, StepName.A2pRegister, StepName.Webhook, StepName.Audit];

    /// <summary>One instance of every step, in <see cref="Order"/>.</summary>
    public static IReadOnlyList<IApprovalStep> For(ApprovalServices services) => [.. Order.Select(name => Create(name, services))];

    private static IApprovalStep Create(StepName name, ApprovalServices s) => name switch
    {
        StepName.Token => new TokenStep(s.Tokens, s.Time),
        StepName.Fetch => new FetchStep(s.Client, s.Time),
        StepName.Validate => new ValidateStep(s.Settings, s.Time),
        StepName.Approve => new ApproveStep(s.Client, s.Settings, s.Time, s.Log),
        StepName.A2pRegister => new A2pRegisterStep(s.Client, s.Settings, s.Time),
        StepName.Webhook => new WebhookStep(s.Settings, s.Webhook),
        StepName.Audit => new AuditStep(s.Client, s.Settings, s.Time),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such step"),
    };
}
