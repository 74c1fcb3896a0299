namespace CxoneApprove.Sandbox.Domain;

/// <summary>An audit log entry as received.</summary>
/// <param name="Id">Id the sandbox gave it.</param>
/// <param name="RawJson">The request body exactly as sent.</param>
/// <param name="ReceivedAt">When the sandbox stored it, on the sandbox clock.</param>
public sealed record SandboxAuditLog(string Id, string RawJson, DateTimeOffset ReceivedAt);
