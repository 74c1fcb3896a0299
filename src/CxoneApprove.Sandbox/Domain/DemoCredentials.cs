namespace CxoneApprove.Sandbox.Domain;

/// <summary>
/// Credentials every sandbox accepts: OAuth clients for the client-credentials grant at <c>/oauth/token</c>, and an
/// application with access keys for the CXone sign-in (password grant) at <c>/auth/token</c>. Printed by the sandbox
/// at start and used by <c>--sandbox</c>.
/// </summary>
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
    /// the form body without form-encoding them.
    /// </summary>
    public const string PlainClientId = "sandbox-plain";

    /// <summary>Secret of <see cref="PlainClientId"/>: letters, digits and hyphens only.</summary>
    public const string PlainClientSecret = "sandbox-plain-secret";

    /// <summary>Every scope the API knows, space separated, as a client requests them.</summary>
    public const string AllScopes = "messaging:read messaging:write a2p:write webhooks:write";

    /// <summary>The application's client id for the CXone sign-in, sent in HTTP Basic to <c>/auth/token</c>.</summary>
    public const string ApplicationClientId = "sandbox-app";

    /// <summary>
    /// Secret of <see cref="ApplicationClientId"/>. Like <see cref="ClientSecret"/> it holds <c>&amp; = + % /</c>: HTTP
    /// Basic for OAuth form-encodes the id and secret before base64 (RFC 6749 §2.3.1), and a client that skips that is refused.
    /// </summary>
    public const string ApplicationClientSecret = "app&secret=+%/demo";

    /// <summary>Access key id, sent as <c>username</c> in the password grant; granted every scope.</summary>
    public const string AccessKeyId = "sandbox-access-key";

    /// <summary>Secret of <see cref="AccessKeyId"/>, sent as <c>password</c>.</summary>
    public const string AccessKeySecret = "key&secret=+%/demo";

    /// <summary>Access key granted only <c>messaging:read</c>, to rehearse a missing scope through the CXone sign-in.</summary>
    public const string ReadOnlyAccessKeyId = "sandbox-readonly-key";

    /// <summary>Secret of <see cref="ReadOnlyAccessKeyId"/>.</summary>
    public const string ReadOnlyAccessKeySecret = "readonly&key=+%/demo";

    /// <summary>The tenant every access key belongs to: the <c>tenantId</c> claim of the id_token.</summary>
    public const string TenantId = "11111111-2222-4333-8444-555555555555";

    /// <summary>The tenant's area, as <c>/.well-known/cxone-configuration</c> names it.</summary>
    public const string Area = "na1";
}
