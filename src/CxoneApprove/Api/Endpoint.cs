namespace CxoneApprove.Api;

/// <summary>The CXone calls the tool makes; each knows the scope it needs (cxone-api.md).</summary>
internal enum Endpoint
{
    Token,
    FetchTemplate,
    ApproveTemplate,
    A2pRegister,
    ListWebhooks,
    RegisterWebhook,
    PublishAudit,
}

/// <summary>What each endpoint needs and how it is named in messages.</summary>
internal static class EndpointInfo
{
    /// <summary>The OAuth scopes the tool asks for: everything the approval needs.</summary>
    public const string AllScopes = "messaging:read messaging:write a2p:write webhooks:write";

    public static string RequiredScope(Endpoint endpoint) => endpoint switch
    {
        Endpoint.FetchTemplate => "messaging:read",
        Endpoint.ApproveTemplate => "messaging:write",
        Endpoint.A2pRegister => "messaging:write and a2p:write",
        Endpoint.ListWebhooks or Endpoint.RegisterWebhook => "webhooks:write",
        _ => "",
    };

    public static string Describe(Endpoint endpoint) => endpoint switch
    {
        Endpoint.Token => "POST /oauth/token",
        Endpoint.FetchTemplate => "GET /api/v1/messaging/templates/{id}",
        Endpoint.ApproveTemplate => "PUT /api/v1/messaging/templates/{id}",
        Endpoint.A2pRegister => "POST /api/v1/a2p/registrations",
        Endpoint.ListWebhooks => "GET /api/v1/webhooks",
        Endpoint.RegisterWebhook => "POST /api/v1/webhooks",
        Endpoint.PublishAudit => "POST /api/v1/audit/logs",
        _ => endpoint.ToString(),
    };
}
