namespace CxoneApprove.Sandbox.Wire;

/// <summary>The body of <c>POST /api/v1/audit/logs</c>. The timestamp stays a string so any RFC 3339 precision is accepted.</summary>
internal sealed class AuditLogRequestBody
{
    public string? Timestamp { get; init; }

    public string? TemplateId { get; init; }

    public string? Action { get; init; }

    public string? Status { get; init; }

    public long? LatencyMs { get; init; }

    public string? OperatorId { get; init; }

    public bool? CarrierReady { get; init; }
}
