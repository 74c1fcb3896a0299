namespace CxoneApprove.Sandbox.Wire;

/// <summary>The answer to a stored audit log entry.</summary>
internal sealed record AuditLogReceiptBody(string Id, string TemplateId, string ReceivedAt);
