using CxoneApprove.Cli.Help;

namespace CxoneApprove.Cli.Config;

/// <summary>One key a profile may hold: its name, what it is for, and how a value is checked (and normalized) before it is stored.</summary>
internal sealed record ProfileKey(string Name, string Meaning, Func<string, string>? Normalize = null);

/// <summary>The sign-in modes: the client-credentials form post (the default) and the CXone sign-in.</summary>
internal static class AuthModes
{
    public const string ClientCredentials = "client-credentials";
    public const string Cxone = "cxone";

    public static IReadOnlyList<string> All { get; } = [ClientCredentials, Cxone];
}

/// <summary>
/// Every key a profile may hold, in one table: <c>config set</c> validates against it, the config file is read with it,
/// and help and docs list it. A secret is never a key: profiles name a file or an environment variable instead.
/// </summary>
internal static class ProfileKeys
{
    public const string Org = "org";
    public const string BaseUrl = "base_url";
    public const string ClientId = "client_id";
    public const string ClientSecretFile = "client_secret_file";
    public const string ClientSecretEnv = "client_secret_env";
    public const string Auth = "auth";
    public const string Issuer = "issuer";
    public const string AccessKeyId = "access_key_id";
    public const string AccessKeySecretFile = "access_key_secret_file";
    public const string AccessKeySecretEnv = "access_key_secret_env";
    public const string OperatorId = "operator_id";
    public const string WebhookUrl = "webhook_url";

    /// <summary>The keys, in the order <c>config list</c> shows them.</summary>
    public static IReadOnlyList<ProfileKey> All { get; } =
    [
        new(Org, "organization: the API is https://{org}.nicecxone.com", OrgName),
        new(BaseUrl, "API host override (https, or http on loopback)", value => Url(value, BaseUrl)),
        new(ClientId, "OAuth client id (with auth = cxone: the application's)"),
        new(ClientSecretFile, "file holding the client secret; only its owner may read it", FullPath),
        new(ClientSecretEnv, "environment variable holding the client secret", VariableName),
        new(Auth, "sign-in: client-credentials (default) or cxone", Mode),
        new(Issuer, "CXone sign-in issuer (auth = cxone)", value => Url(value, Issuer)),
        new(AccessKeyId, "CXone access key id (auth = cxone)"),
        new(AccessKeySecretFile, "file holding the access key secret; only its owner may read it", FullPath),
        new(AccessKeySecretEnv, "environment variable holding the access key secret", VariableName),
        new(OperatorId, "recorded in the audit log"),
        new(WebhookUrl, "compliance webhook (https, or http on loopback)", value => Url(value, WebhookUrl)),
    ];

    // Names people reach for that would put a secret in the file, with the keys to use instead.
    private static readonly Dictionary<string, string> SecretNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["client_secret"] = "client_secret_file or client_secret_env",
        ["access_key_secret"] = "access_key_secret_file or access_key_secret_env",
        ["webhook_secret"] = "--webhook-secret-file or CXONE_WEBHOOK_SECRET",
        ["secret"] = "client_secret_file or client_secret_env",
        ["password"] = "access_key_secret_file or access_key_secret_env",
        ["token"] = "client_secret_file or client_secret_env",
    };

    /// <summary>The key named <paramref name="name"/>, or a <see cref="UsageException"/> saying what to use instead.</summary>
    public static ProfileKey Find(string name)
    {
        if (All.FirstOrDefault(k => k.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } key)
        {
            return key;
        }

        if (SecretNames.TryGetValue(name, out var instead))
        {
            throw new UsageException($"a secret never goes in the config file: use {instead} instead of {name}");
        }

        throw new UsageException($"\"{name}\" is not a profile key.{Suggestions.Sentence(name, All.Select(k => k.Name))} "
            + $"Keys: {string.Join(", ", All.Select(k => k.Name))}.");
    }

    /// <summary>The value as it is stored: checked, and made absolute where it is a path.</summary>
    public static string Normalize(ProfileKey key, string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            throw new UsageException($"{key.Name} needs a value (use 'config unset {key.Name}' to remove it)");
        }

        return key.Normalize is null ? trimmed : key.Normalize(trimmed);
    }

    private static string OrgName(string value) => value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
        ? value
        : throw new UsageException($"org \"{value}\" is not an organization name (letters, digits and '-')");

    private static string Url(string value, string key) => UrlPolicy.Require(value, key).AbsoluteUri;

    private static string FullPath(string value) => Path.GetFullPath(SecretFile.ExpandHome(value, System.Environment.GetEnvironmentVariable));

    private static string VariableName(string value) =>
        value.Length > 0 && (char.IsAsciiLetter(value[0]) || value[0] == '_') && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? value
            : throw new UsageException($"\"{value}\" is not an environment variable name (letters, digits and '_')");

    private static string Mode(string value) => AuthModes.All.FirstOrDefault(m => m.Equals(value, StringComparison.OrdinalIgnoreCase))
        ?? throw new UsageException($"auth \"{value}\" is not one of {string.Join(", ", AuthModes.All)}");
}
