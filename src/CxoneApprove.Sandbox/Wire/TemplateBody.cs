using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.Sandbox.Wire;

/// <summary>A template as GET and PUT answer it. The optional fields are left out when not set.</summary>
internal sealed record TemplateBody(
    string Id,
    string Name,
    string Status,
    string? Channel,
    string? Kind,
    string? Locale,
    string? Category,
    string? Header,
    string Content,
    string? Footer,
    IReadOnlyList<TemplateButton>? Buttons,
    TemplateExamples? Examples,
    string FromAddress,
    TemplateMetaBody Meta)
{
    public static TemplateBody From(SandboxTemplate template) => new(
        template.Id,
        template.Name,
        template.Status,
        template.Channel,
        template.Kind,
        template.Locale,
        template.Category,
        template.Header,
        template.Content,
        template.Footer,
        template.Buttons,
        template.Examples,
        template.FromAddress,
        new TemplateMetaBody(ApiTimestamp.Format(template.CreatedAt), ApiTimestamp.Format(template.UpdatedAt)));
}
