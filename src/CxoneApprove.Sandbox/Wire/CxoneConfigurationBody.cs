namespace CxoneApprove.Sandbox.Wire;

/// <summary>CXone's tenant discovery (<c>/.well-known/cxone-configuration?tenantId=…</c>): where the tenant's API lives.</summary>
internal sealed record CxoneConfigurationBody(string ApiEndpoint, string AuthEndpoint, string Area, string TenantId);
