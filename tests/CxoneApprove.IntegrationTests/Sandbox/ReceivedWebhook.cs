namespace CxoneApprove.IntegrationTests.Sandbox;

/// <summary>A delivery as the receiving dashboard saw it: the signature header and the exact body bytes.</summary>
internal sealed record ReceivedWebhook(string Signature, string? ContentType, byte[] Body);
