namespace CxoneApprove.Sandbox.Wire;

/// <summary>A template as GET and PUT answer it.</summary>
internal sealed record TemplateBody(string Id, string Name, string Status, string Content, string FromAddress, TemplateMetaBody Meta)
{
    public static TemplateBody From(SandboxTemplate template) => new(
        template.Id,
        template.Name,
        template.Status,
        template.Content,
        template.FromAddress,
        new TemplateMetaBody(ApiTimestamp.Format(template.CreatedAt), ApiTimestamp.Format(template.UpdatedAt)));
}
