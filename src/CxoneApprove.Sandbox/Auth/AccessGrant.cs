namespace CxoneApprove.Sandbox.Auth;

/// <summary>What an issued access token stands for.</summary>
internal sealed record AccessGrant(string ClientId, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt);
