using System.Globalization;

namespace CxoneApprove.Sandbox.Domain;

/// <summary>A template as the sandbox stores it. Immutable: every change stores a new instance.</summary>
/// <param name="Id">Template id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Status"><c>DRAFT</c>, <c>PENDING</c>, <c>APPROVED</c> or <c>REJECTED</c>.</param>
/// <param name="Content">Message text (a WhatsApp template's body).</param>
/// <param name="FromAddress">Sender: a short code or long code.</param>
/// <param name="Version">Bumped on every change; the ETag is this number in quotes.</param>
/// <param name="CreatedAt">meta.created_at.</param>
/// <param name="UpdatedAt">meta.updated_at.</param>
/// <remarks>
/// The optional fields are an API extension: each is <see langword="null"/> when not set, and then absent from the JSON,
/// so an SMS template that sets none of them looks exactly as it did before the extension.
/// </remarks>
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
    /// <summary><c>sms</c> (what an absent channel means) or <c>whatsapp</c>.</summary>
    public string? Channel { get; init; }

    /// <summary>What the message is for: <c>recurring</c> (what an absent kind means), <c>otp</c>, <c>stop_resp</c>, …</summary>
    public string? Kind { get; init; }

    /// <summary>Language of the content, e.g. <c>es-US</c> or <c>en_US</c>.</summary>
    public string? Locale { get; init; }

    /// <summary>WhatsApp category: <c>MARKETING</c>, <c>UTILITY</c> or <c>AUTHENTICATION</c>.</summary>
    public string? Category { get; init; }

    /// <summary>WhatsApp header text.</summary>
    public string? Header { get; init; }

    /// <summary>WhatsApp footer text.</summary>
    public string? Footer { get; init; }

    /// <summary>WhatsApp buttons, in display order.</summary>
    public IReadOnlyList<TemplateButton>? Buttons { get; init; }

    /// <summary>Example values for the variables, which Meta asks for at review.</summary>
    public TemplateExamples? Examples { get; init; }

    /// <summary>Whether Meta's rules apply to this template rather than SMS ones.</summary>
    public bool IsWhatsApp => Channel == TemplateVocabulary.WhatsApp;

    /// <summary>The strong ETag the API sends for this version, quotes included, e.g. <c>"3"</c>.</summary>
    public string ETag => "\"" + Version.ToString(CultureInfo.InvariantCulture) + "\"";
}
