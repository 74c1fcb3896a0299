namespace CxoneApprove.Sandbox.Wire;

/// <summary>A created A2P registration.</summary>
internal sealed record A2PRegistrationBody(string Id, string TemplateId, string CampaignName, string MessageClass, string Status);
