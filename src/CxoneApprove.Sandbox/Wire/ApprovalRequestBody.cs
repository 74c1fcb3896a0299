using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.Sandbox.Wire;

/// <summary>The approve PUT's body: the template as fetched, with status APPROVED. Absent fields keep the stored value.</summary>
internal sealed class ApprovalRequestBody
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Status { get; init; }

    public string? Channel { get; init; }

    public string? Kind { get; init; }

    public string? Locale { get; init; }

    public string? Category { get; init; }

    public string? Header { get; init; }

    public string? Content { get; init; }

    public string? Footer { get; init; }

    public List<TemplateButton>? Buttons { get; init; }

    public TemplateExamples? Examples { get; init; }

    public string? FromAddress { get; init; }

    /// <summary>The timestamps as fetched: without If-Match, an <c>updated_at</c> that is not the current one is a stale write.</summary>
    public TemplateMetaBody? Meta { get; init; }
}
