using System.CommandLine;
using CxoneApprove.Api;
using CxoneApprove.Auth;
using CxoneApprove.Cli.Config;
using CxoneApprove.Cli.Sandbox;
using CxoneApprove.Compliance;
using CxoneApprove.Http;

namespace CxoneApprove.Cli;

/// <summary>How output is written.</summary>
internal sealed record OutputSettings(bool Json, bool Verbose, bool LogJson)
{
    /// <summary><c>validate --fix</c>: each template's text block also shows its content with the safe fixes applied.</summary>
    public bool ShowFix { get; init; }
}

/// <summary>
/// Turns options and environment variables into settings. Options beat environment variables; every missing
/// value is reported at once, naming both the option and the variable.
/// </summary>
internal static class SettingsResolver
{
    public static OutputSettings Output(ParseResult parse, CliOptions options)
    {
        var output = parse.GetValue(options.Output) ?? "text";
        var logFormat = parse.GetValue(options.LogFormat) ?? "text";
        return new OutputSettings(
            output.Equals("json", StringComparison.OrdinalIgnoreCase),
            parse.GetValue(options.Verbose),
            logFormat.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            ShowFix = parse.GetValue(options.Fix),
        };
    }

    /// <summary>
    /// Base URL and credentials. With <paramref name="sandbox"/>, the sandbox's URL and demo credentials are used
    /// whatever the environment holds (its CXone settings are for real tenants); options still win, so a wrong secret
    /// can be rehearsed.
    /// </summary>
    public static ClientConfig Connection(ParseResult parse, CliOptions options, CliContext context, RunningSandbox? sandbox, HttpSettings http,
        ICollection<SettingTrace>? trace = null)
    {
        var layers = SettingLayers.Open(parse, options, context, sandbox is not null, trace);
        var problems = new List<string>();
        var (cxone, signIn) = SignInResolver.Resolve(parse, options, layers, problems);

        Uri? baseUrl = null;
        try
        {
            baseUrl = ResolveBaseUrl(parse, options, layers, context.Environment, sandbox?.BaseUrl);
            // The CXone sign-in finds the tenant's API host by itself.
            if (baseUrl is null && !cxone)
            {
                problems.Add($"missing the CXone organization: pass --org or set {EnvironmentVariables.Org} (or --base-url / {EnvironmentVariables.BaseUrl})");
            }
        }
        catch (UsageException ex)
        {
            problems.Add(ex.Message);
        }

        var clientId = layers.Find(ProfileKeys.ClientId, parse.GetValue(options.ClientId), "--client-id", EnvironmentVariables.ClientId)?.Value
            ?? (sandbox is null ? null : layers.Note(ProfileKeys.ClientId, sandbox.ClientId, "--sandbox"));
        if (clientId is null)
        {
            problems.Add($"missing the OAuth client id: pass --client-id or set {EnvironmentVariables.ClientId}");
        }

        string? secret = null;
        try
        {
            secret = layers.FindSecret("client_secret", parse.GetValue(options.ClientSecretFile), "--client-secret-file", EnvironmentVariables.ClientSecret,
                    ProfileKeys.ClientSecretFile, ProfileKeys.ClientSecretEnv)
                ?? sandbox?.ClientSecret;
            if (secret is null)
            {
                problems.Add($"missing the OAuth client secret: pass --client-secret-file <path> (or - for stdin) or set {EnvironmentVariables.ClientSecret}");
            }
        }
        catch (UsageException ex)
        {
            problems.Add(ex.Message);
        }

        if (problems.Count > 0)
        {
            throw new UsageException(string.Join("\n", problems));
        }

        return new ClientConfig(baseUrl, new ClientCredentials(clientId!, secret!, Endpoint.AllScopes), http)
        {
            RateLimit = parse.GetValue(options.RateLimit),
            SignIn = signIn,
        };
    }

    /// <summary>The compliance webhook: option, variable, then profile; null when none (the step is skipped).</summary>
    public static Uri? WebhookUrl(ParseResult parse, CliOptions options, SettingLayers layers) =>
        layers.Find(ProfileKeys.WebhookUrl, parse.GetValue(options.WebhookUrl), "--webhook-url", EnvironmentVariables.WebhookUrl) is { } found
            ? UrlPolicy.Require(found.Value, found.Source)
            : null;

    /// <summary>The pipeline's patience: the retry budget, and no attempt longer than the whole run.</summary>
    public static HttpSettings Http(ParseResult parse, CliOptions options)
    {
        var total = TimeSpan.FromSeconds(parse.GetValue(options.Timeout));
        var attempt = new HttpSettings().AttemptTimeout;
        return new HttpSettings { MaxRetries = parse.GetValue(options.MaxRetries), AttemptTimeout = total < attempt ? total : attempt };
    }

    /// <summary>
    /// The rules templates are held to: the command line over the policy file (<c>--policy</c>, else
    /// <c>CXONE_POLICY</c>; read only when one is named) over the defaults. A policy that cannot be read or parsed is a
    /// usage error naming the file and the key.
    /// </summary>
    public static ComplianceOptions Compliance(ParseResult parse, CliOptions options, CliContext context)
    {
        var policy = ReadPolicy(parse, options, context);
        var keywords = (parse.GetValue(options.OptOutKeyword) ?? []).Where(k => !string.IsNullOrWhiteSpace(k)).ToList();
        return ComplianceSettings.Merge(policy, new ComplianceOverrides
        {
            // --max-segments has a default; only a value the user typed beats the policy's.
            MaxSegments = parse.GetResult(options.MaxSegments) is { Implicit: false } ? parse.GetValue(options.MaxSegments) : null,
            AllowedSenders = SenderKindsOf(parse.GetValue(options.AllowSender) ?? []),
            ExtraOptOutKeywords = keywords.Count > 0 ? keywords : null,
            PlaceholderWidth = parse.GetValue(options.PlaceholderWidth),
        });
    }

    private static CompliancePolicy? ReadPolicy(ParseResult parse, CliOptions options, CliContext context)
    {
        var fromOption = NonEmpty(parse.GetValue(options.Policy));
        if ((fromOption ?? NonEmpty(context.Environment(EnvironmentVariables.Policy))) is not { } path)
        {
            return null;
        }

        var source = fromOption is not null ? $"--policy {path}" : $"{EnvironmentVariables.Policy}={path}";
        var reading = PolicyParser.Parse(ReadUserFile(path, source, context));
        return reading.Policy ?? throw new UsageException($"{source}: {reading.Error}");
    }

    /// <summary>The text of a file the user named (<c>-</c>: stdin); a usage error naming <paramref name="source"/> when it cannot be read.</summary>
    public static string ReadUserFile(string path, string source, CliContext context)
    {
        try
        {
            return context.ReadFile(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"cannot read {source}: no such file");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read {source}: {ex.Message}");
        }
    }

    private static SenderKinds? SenderKindsOf(string[] written)
    {
        SenderKinds? senders = null;
        foreach (var kind in written.SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            senders = (senders ?? 0) | (TemplateVocabulary.SenderKindNames.TryParse(kind, out var parsed) ? parsed
                : throw new UsageException($"--allow-sender \"{kind}\" is not one of {TemplateVocabulary.SenderKindNames.Choices()}"));
        }

        return senders;
    }

    /// <summary>
    /// The secret in <paramref name="path"/> (<c>-</c>: stdin), less one trailing newline; null when no path.
    /// </summary>
    public static string? ReadSecret(string? path, string option, CliContext context)
    {
        if (path is null)
        {
            return null;
        }

        string text;
        try
        {
            text = path == "-" && context.StdinIsTerminal
                ? context.PromptSecret($"{option} -: type the secret (it is not shown) and press Enter: ") ?? ""
                : context.ReadFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read {option} {path}: {ex.Message}");
        }

        if (text.EndsWith("\r\n", StringComparison.Ordinal))
        {
            text = text[..^2];
        }
        else if (text.EndsWith('\n'))
        {
            text = text[..^1];
        }

        if (text.Length == 0)
        {
            throw new UsageException($"{option} {path} is empty");
        }

        return text;
    }

    private static Uri? ResolveBaseUrl(ParseResult parse, CliOptions options, SettingLayers layers, Func<string, string?> env, Uri? sandboxUrl)
    {
        if (sandboxUrl is not null)
        {
            return layers.Note(ProfileKeys.BaseUrl, sandboxUrl, "--sandbox");
        }

        if (NonEmpty(parse.GetValue(options.BaseUrl)) is { } fromOption)
        {
            return layers.Note(ProfileKeys.BaseUrl, UrlPolicy.Require(fromOption, "--base-url"), "--base-url");
        }

        if (NonEmpty(env(EnvironmentVariables.BaseUrl)) is { } fromEnv)
        {
            return layers.Note(ProfileKeys.BaseUrl, UrlPolicy.Require(fromEnv, EnvironmentVariables.BaseUrl), EnvironmentVariables.BaseUrl);
        }

        var org = NonEmpty(parse.GetValue(options.Org)) is { } orgOption ? new Found(orgOption, "--org")
            : NonEmpty(env(EnvironmentVariables.Org)) is { } orgEnv ? new Found(orgEnv, EnvironmentVariables.Org)
            : null;
        if (org is null && layers.Profile is { } profile)
        {
            // The profile's layer comes after every option and variable.
            if (NonEmpty(profile[ProfileKeys.BaseUrl]) is { } fromProfile)
            {
                var source = profile.SourceOf(ProfileKeys.BaseUrl);
                return layers.Note(ProfileKeys.BaseUrl, UrlPolicy.Require(fromProfile, source), source);
            }

            org = NonEmpty(profile[ProfileKeys.Org]) is { } orgProfile ? new Found(orgProfile, profile.SourceOf(ProfileKeys.Org)) : null;
        }

        if (org is null)
        {
            return null;
        }

        if (!org.Value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new UsageException($"{(org.Source.StartsWith("profile", StringComparison.Ordinal) ? org.Source : $"--org / {EnvironmentVariables.Org}")} \"{org.Value}\" is not an organization name (letters, digits and '-')");
        }

        return layers.Note(ProfileKeys.BaseUrl, new Uri($"https://{org.Value.ToLowerInvariant()}.nicecxone.com/"), org.Source);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

}
