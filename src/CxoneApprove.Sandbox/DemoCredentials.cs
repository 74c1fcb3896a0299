namespace CxoneApprove.Sandbox;

/// <summary>OAuth clients every sandbox accepts. Printed by <c>cxone-approve sandbox</c> and used by <c>--sandbox</c>.</summary>
public static class DemoCredentials
{
    /// <summary>Client granted <see cref="AllScopes"/>.</summary>
    public const string ClientId = "sandbox-client";

    /// <summary>
    /// Secret of <see cref="ClientId"/>. It holds <c>&amp; = + % /</c> on purpose: a client that pastes it into the form
    /// body without encoding it is refused with 401, which proves the client form-encodes.
    /// </summary>
    public const string ClientSecret = "s&ndbox=secret+%/demo";

    /// <summary>Client granted only <c>messaging:read</c>, to rehearse 403 on approve, A2P and webhooks.</summary>
    public const string ReadOnlyClientId = "sandbox-readonly";

    /// <summary>Secret of <see cref="ReadOnlyClientId"/>.</summary>
    public const string ReadOnlyClientSecret = "readonly+secret/%demo";

    /// <summary>
    /// Client granted <see cref="AllScopes"/> whose secret needs no encoding, for clients that paste raw strings into
    /// the form body (the tutorial's Go code).
    /// </summary>
    public const string PlainClientId = "sandbox-plain";

    /// <summary>Secret of <see cref="PlainClientId"/>: letters, digits and hyphens only.</summary>
    public const string PlainClientSecret = "sandbox-plain-secret";

    /// <summary>Every scope the API knows, space separated, as a client requests them.</summary>
    public const string AllScopes = "messaging:read messaging:write a2p:write webhooks:write";
}
