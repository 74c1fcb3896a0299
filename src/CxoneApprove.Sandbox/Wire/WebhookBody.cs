using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.Sandbox.Wire;

/// <summary>A webhook as the API shows it: never its secret.</summary>
internal sealed record WebhookBody(string Id, string Url, IReadOnlyList<string> Events)
{
    public static WebhookBody From(SandboxWebhook webhook) => new(webhook.Id, webhook.Url, webhook.Events);
}
