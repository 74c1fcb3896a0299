namespace CxoneApprove.Api;

/// <summary>The OAuth scopes CXone's messaging API knows.</summary>
internal static class OAuthScopes
{
    public const string MessagingRead = "messaging:read";
    public const string MessagingWrite = "messaging:write";
    public const string A2pWrite = "a2p:write";
    public const string WebhooksWrite = "webhooks:write";
}

/// <summary>
/// One CXone call: its method, its path relative to the base URL (<c>{id}</c> marks the template id) and the scopes
/// its token needs. The client builds its requests from these, and hints and the requested scopes derive from them.
/// </summary>
internal sealed record Endpoint(HttpMethod Method, string Path, IReadOnlyList<string> Scopes)
{
    private const string IdPlaceholder = "{id}";

    public static readonly Endpoint Token = new(HttpMethod.Post, "oauth/token", []);
    public static readonly Endpoint FetchTemplate = new(HttpMethod.Get, "api/v1/messaging/templates/" + IdPlaceholder, [OAuthScopes.MessagingRead]);
    public static readonly Endpoint ApproveTemplate = new(HttpMethod.Put, "api/v1/messaging/templates/" + IdPlaceholder, [OAuthScopes.MessagingWrite]);
    public static readonly Endpoint A2pRegister = new(HttpMethod.Post, "api/v1/a2p/registrations", [OAuthScopes.MessagingWrite, OAuthScopes.A2pWrite]);
    public static readonly Endpoint ListWebhooks = new(HttpMethod.Get, "api/v1/webhooks", [OAuthScopes.WebhooksWrite]);
    public static readonly Endpoint RegisterWebhook = new(HttpMethod.Post, "api/v1/webhooks", [OAuthScopes.WebhooksWrite]);
    public static readonly Endpoint PublishAudit = new(HttpMethod.Post, "api/v1/audit/logs", []);

    // The CXone sign-in's calls, relative to the issuer; the token endpoint's real address comes from discovery.
    public static readonly Endpoint OpenIdConfiguration = new(HttpMethod.Get, ".well-known/openid-configuration", []);
    public static readonly Endpoint SignInToken = new(HttpMethod.Post, "auth/token", []);
    public static readonly Endpoint TenantConfiguration = new(HttpMethod.Get, ".well-known/cxone-configuration", []);

    /// <summary>Every call the tool makes, in the order an approval makes them.</summary>
    public static IReadOnlyList<Endpoint> All { get; } =
        [Token, FetchTemplate, ApproveTemplate, A2pRegister, ListWebhooks, RegisterWebhook, PublishAudit];

    /// <summary>Whether this call asks for a token (its refusals are OAuth's, not the API's).</summary>
    public bool IsTokenRequest => this == Token || this == SignInToken;

    /// <summary>The scopes the tool asks for: everything an approval needs, space separated.</summary>
    public static string AllScopes { get; } = string.Join(' ', All.SelectMany(e => e.Scopes).Distinct(StringComparer.Ordinal));

    /// <summary>The scopes this call needs, for messages: "messaging:write and a2p:write".</summary>
    public string RequiredScopes => string.Join(" and ", Scopes);

    /// <summary>How messages name this call, e.g. <c>GET /api/v1/messaging/templates/{id}</c>.</summary>
    public override string ToString() => $"{Method.Method} /{Path}";

    /// <summary>A request for this call (relative to the base URL) that accepts JSON; <paramref name="id"/> fills <c>{id}</c>.</summary>
    public HttpRequestMessage NewRequest(string? id = null)
    {
        var path = id is null ? Path : Path.Replace(IdPlaceholder, Uri.EscapeDataString(id), StringComparison.Ordinal);
        var request = new HttpRequestMessage(Method, new Uri(path, UriKind.Relative));
        request.Headers.Accept.ParseAdd("application/json");
        return request;
    }
}
