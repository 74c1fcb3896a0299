namespace CxoneApprove.Sandbox.Domain;

/// <summary>An A2P registration the sandbox created.</summary>
public sealed record SandboxA2PRegistration(
    string Id,
    string TemplateId,
    string CampaignName,
    string MessageClass,
    string OptInLanguage,
    string Status,
    DateTimeOffset CreatedAt);
