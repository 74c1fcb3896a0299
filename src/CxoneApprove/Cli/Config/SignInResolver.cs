using System.CommandLine;
using CxoneApprove.Auth;

namespace CxoneApprove.Cli.Config;

/// <summary>The sign-in mode and, for the CXone sign-in, its issuer and access key, from their layers.</summary>
internal static class SignInResolver
{
    /// <summary>
    /// Whether the CXone sign-in is chosen, and its settings when they are complete; what is missing goes to
    /// <paramref name="problems"/>.
    /// </summary>
    public static (bool Cxone, SignInSettings? Settings) Resolve(ParseResult parse, CliOptions options, SettingLayers layers, List<string> problems)
    {
        var mode = layers.Find(ProfileKeys.Auth, parse.GetValue(options.Auth), "--auth", EnvironmentVariables.Auth)
            ?? layers.Note(ProfileKeys.Auth, new Found(AuthModes.ClientCredentials, "default"), "default");
        if (!AuthModes.All.Contains(mode.Value.ToLowerInvariant()))
        {
            problems.Add($"{mode.Source} \"{mode.Value}\" is not one of {string.Join(", ", AuthModes.All)}");
            return (false, null);
        }

        if (mode.Value.Equals(AuthModes.ClientCredentials, StringComparison.OrdinalIgnoreCase))
        {
            return (false, null);
        }

        Uri? issuer = null;
        try
        {
            var found = layers.Find(ProfileKeys.Issuer, parse.GetValue(options.Issuer), "--issuer", EnvironmentVariables.Issuer);
            issuer = found is null
                ? layers.Note(ProfileKeys.Issuer, SignInSettings.DefaultIssuer, "default")
                : UrlPolicy.Require(found.Value, found.Source);
        }
        catch (UsageException ex)
        {
            problems.Add(ex.Message);
        }

        var keyId = layers.Find(ProfileKeys.AccessKeyId, parse.GetValue(options.AccessKeyId), "--access-key-id", EnvironmentVariables.AccessKeyId);
        if (keyId is null)
        {
            problems.Add($"missing the access key id of the CXone sign-in: pass --access-key-id or set {EnvironmentVariables.AccessKeyId}");
        }

        string? secret = null;
        try
        {
            secret = layers.FindSecret("access_key_secret",
                parse.GetValue(options.AccessKeySecretFile), "--access-key-secret-file", EnvironmentVariables.AccessKeySecret,
                ProfileKeys.AccessKeySecretFile, ProfileKeys.AccessKeySecretEnv);
            if (secret is null)
            {
                problems.Add("missing the access key secret of the CXone sign-in: pass --access-key-secret-file <path> (or - for stdin) "
                    + $"or set {EnvironmentVariables.AccessKeySecret}");
            }
        }
        catch (UsageException ex)
        {
            problems.Add(ex.Message);
        }

        return (true, issuer is null || keyId is null || secret is null ? null : new SignInSettings(issuer, keyId.Value, secret));
    }
}
