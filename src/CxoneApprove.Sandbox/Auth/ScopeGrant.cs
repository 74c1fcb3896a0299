namespace CxoneApprove.Sandbox.Auth;

/// <summary>What a token request is granted: the scopes it asked for that it may have, or every allowed one when it named none.</summary>
internal static class ScopeGrant
{
    /// <summary>OpenID's own scope: it asks for the id_token, which the CXone sign-in always issues, and grants no API access.</summary>
    private const string OpenId = "openid";

    /// <summary>The granted scopes, in the API's order, or the RFC 6749 <c>invalid_scope</c> description.</summary>
    public static (IReadOnlyList<string>? Granted, string? Problem) Decide(string? requestedScopes, IReadOnlyList<string> allowed, string who)
    {
        var requested = (requestedScopes ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(scope => scope != OpenId)
            .ToArray();
        var unknown = requested.Where(scope => !Scopes.All.Contains(scope)).ToArray();
        if (unknown.Length > 0)
        {
            return (null, $"unknown scope {string.Join(", ", unknown)}; known scopes: {string.Join(" ", Scopes.All)}");
        }

        IReadOnlyList<string> granted = requested.Length == 0
            ? allowed
            : [.. Scopes.All.Where(scope => requested.Contains(scope) && allowed.Contains(scope))];
        return granted.Count == 0
            ? (null, $"{who} may not be granted any of the requested scopes; it may have: {string.Join(" ", allowed)}")
            : (granted, null);
    }
}
