namespace CxoneApprove.Sandbox;

/// <summary>A template as the sandbox stores it. Immutable: every change stores a new instance.</summary>
/// <param name="Id">Template id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Status"><c>DRAFT</c>, <c>PENDING</c>, <c>APPROVED</c> or <c>REJECTED</c>.</param>
/// <param name="Content">Message text.</param>
/// <param name="FromAddress">Sender: a short code or long code.</param>
/// <param name="Version">Bumped on every change; the ETag is this number in quotes.</param>
/// <param name="CreatedAt">meta.created_at.</param>
/// <param name="UpdatedAt">meta.updated_at.</param>
public sealed record SandboxTemplate(
    string Id,
    string Name,
    string Status,
    string Content,
    string FromAddress,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The strong ETag the API sends for this version, quotes included, e.g. <c>"3"</c>.</summary>
    public string ETag => "\"" + Version.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"";
}
