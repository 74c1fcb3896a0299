using CxoneApprove.Api;
using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>What one step of a run needs from the token, and whether this run takes the step at all.</summary>
internal sealed record StepNeed(StepName Step, IReadOnlyList<string> Scopes, string? NotTakenBecause);

/// <summary>
/// Which calls each step makes, so the scopes a run needs derive from the <see cref="Endpoint"/> table. When a step
/// starts calling another endpoint, name it here too.
/// </summary>
internal static class StepScopes
{
    private static readonly Dictionary<StepName, Endpoint[]> Calls = new()
    {
        [StepName.Token] = [Endpoint.Token],
        [StepName.Fetch] = [Endpoint.FetchTemplate],
        [StepName.Validate] = [],
        [StepName.Approve] = [Endpoint.ApproveTemplate],
        [StepName.A2pRegister] = [Endpoint.A2pRegister],
        [StepName.Webhook] = [Endpoint.ListWebhooks, Endpoint.RegisterWebhook],
        [StepName.Audit] = [Endpoint.PublishAudit],
    };

    /// <summary>Every step in run order with its scopes; a step this run does not take says why.</summary>
    public static IReadOnlyList<StepNeed> For(bool dryRun, bool webhook) =>
    [
        .. ApprovalSteps.Order.Select(step => new StepNeed(step,
            [.. Calls[step].SelectMany(e => e.Scopes).Distinct(StringComparer.Ordinal)],
            dryRun && step is not (StepName.Token or StepName.Fetch or StepName.Validate) ? "not taken by a dry run"
            : step == StepName.Webhook && !webhook ? "not taken without a webhook_url"
            : null)),
    ];

    /// <summary>The scopes the steps taken need that <paramref name="granted"/> lacks, in the order the steps need them.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<StepNeed> needs, IReadOnlySet<string> granted) =>
        [.. needs.Where(n => n.NotTakenBecause is null).SelectMany(n => n.Scopes).Where(s => !granted.Contains(s)).Distinct(StringComparer.Ordinal)];
}
