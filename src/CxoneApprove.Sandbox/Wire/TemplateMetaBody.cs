namespace CxoneApprove.Sandbox.Wire;

/// <summary>A template's <c>meta</c> object.</summary>
internal sealed record TemplateMetaBody(string CreatedAt, string UpdatedAt);
