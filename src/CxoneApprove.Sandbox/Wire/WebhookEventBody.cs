namespace CxoneApprove.Sandbox.Wire;

/// <summary>What the sandbox POSTs to a webhook.</summary>
internal sealed record WebhookEventBody(string Event, string TemplateId, string OccurredAt);
