namespace CxoneApprove.Sandbox.Domain;

/// <summary>One attempt to deliver an event to a registered webhook.</summary>
/// <param name="WebhookId">The webhook it was for.</param>
/// <param name="Url">Where it was sent.</param>
/// <param name="Event"><c>template.approved</c> or <c>a2p.registered</c>.</param>
/// <param name="Body">The exact JSON body (the bytes that were signed, as UTF-8).</param>
/// <param name="Signature">The <c>X-Cxone-Signature</c> header value, <c>sha256=&lt;hex&gt;</c>.</param>
/// <param name="StatusCode">The receiver's status, or <see langword="null"/> when nothing was answered.</param>
/// <param name="Error">Why nothing was answered (timeout, refused, host not loopback), else <see langword="null"/>.</param>
/// <param name="AttemptedAt">When the sandbox started the attempt, on the sandbox clock.</param>
public sealed record WebhookDelivery(
    string WebhookId,
    string Url,
    string Event,
    string Body,
    string Signature,
    int? StatusCode,
    string? Error,
    DateTimeOffset AttemptedAt);
