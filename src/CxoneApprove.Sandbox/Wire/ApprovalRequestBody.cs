namespace CxoneApprove.Sandbox.Wire;

/// <summary>The approve PUT's body: the template as fetched, with status APPROVED. Absent fields keep the stored value.</summary>
internal sealed class ApprovalRequestBody
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Status { get; init; }

    public string? Content { get; init; }

    public string? FromAddress { get; init; }
}
