namespace CxoneApprove.Sandbox.Webhooks;

/// <summary>The events a webhook can subscribe to.</summary>
internal static class WebhookEvents
{
    public const string TemplateApproved = "template.approved";
    public const string A2PRegistered = "a2p.registered";

    public static IReadOnlyList<string> All { get; } = [TemplateApproved, A2PRegistered];
}
