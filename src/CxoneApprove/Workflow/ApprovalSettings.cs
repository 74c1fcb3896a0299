using CxoneApprove.Compliance;

namespace CxoneApprove.Workflow;

/// <summary>What the approval of one template does, beyond which template it is.</summary>
internal sealed record ApprovalSettings
{
    /// <summary>The carrier rules to check.</summary>
    public ComplianceOptions Compliance { get; init; } = ComplianceOptions.Default;

    /// <summary>Fetch and validate only; write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Every exchange is logged already (<c>--verbose</c>): hints do not ask for it.</summary>
    public bool Verbose { get; init; }

    /// <summary>The compliance webhook to make sure of; null skips the step.</summary>
    public Uri? WebhookUrl { get; init; }

    /// <summary>Recorded in the audit log.</summary>
    public string OperatorId { get; init; } = "";

    /// <summary>What an audit-publish warning tells the user about the kept record (where it is, how to publish it).</summary>
    public string? JournalHint { get; init; }

    /// <summary>The audit record body an earlier run journaled under an Idempotency-Key, if any: a re-run sends it unchanged.</summary>
    public Func<string, string?> JournaledAudit { get; init; } = _ => null;

    /// <summary>Events the webhook is registered for.</summary>
    public IReadOnlyList<string> WebhookEvents { get; init; } = ["template.approved", "a2p.registered"];

    /// <summary>What the A2P registration declares.</summary>
    public string CampaignName { get; init; } = "Automated Approval Campaign";

    /// <inheritdoc cref="CampaignName"/>
    public string MessageClass { get; init; } = "TRANSACTIONAL";

    /// <inheritdoc cref="CampaignName"/>
    public string OptInLanguage { get; init; } = "Standard TCPA compliant";
}
