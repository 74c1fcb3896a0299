namespace CxoneApprove.Sandbox.Wire;

/// <summary>The body of <c>POST /api/v1/a2p/registrations</c>.</summary>
internal sealed class A2PRegistrationRequestBody
{
    public string? TemplateId { get; init; }

    public string? CampaignName { get; init; }

    public string? MessageClass { get; init; }

    public string? OptInLanguage { get; init; }
}
