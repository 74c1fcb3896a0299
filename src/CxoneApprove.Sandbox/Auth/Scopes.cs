namespace CxoneApprove.Sandbox.Auth;

/// <summary>The scopes the API knows.</summary>
internal static class Scopes
{
    public const string MessagingRead = "messaging:read";
    public const string MessagingWrite = "messaging:write";
    public const string A2PWrite = "a2p:write";
    public const string WebhooksWrite = "webhooks:write";

    /// <summary>All scopes, in the order the API lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [MessagingRead, MessagingWrite, A2PWrite, WebhooksWrite];
}
