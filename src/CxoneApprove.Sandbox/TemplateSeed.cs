namespace CxoneApprove.Sandbox;

/// <summary>The initial state of one demo template, and the line that describes it.</summary>
internal sealed record TemplateSeed(
    string Id,
    string Name,
    string Status,
    string Content,
    string FromAddress,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string Description)
{
    public SandboxTemplate ToTemplate() =>
        new(Id, Name, Status, Content, FromAddress, Version, CreatedAt, UpdatedAt);
}
