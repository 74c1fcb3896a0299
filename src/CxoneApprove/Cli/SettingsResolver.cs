using System.CommandLine;
using CxoneApprove.Api;
using CxoneApprove.Auth;
using CxoneApprove.Compliance;
using CxoneApprove.Http;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.Cli;

/// <summary>How output is written.</summary>
internal sealed record OutputSettings(bool Json, bool Verbose, bool LogJson);

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
            logFormat.Equals("json", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Base URL and credentials. With <paramref name="sandboxUrl"/>, the sandbox's URL and demo credentials are
    /// the defaults (given values still win, so a wrong secret can be rehearsed).
    /// </summary>
    public static ClientConfig Connection(ParseResult parse, CliOptions options, CliContext context, Uri? sandboxUrl, HttpSettings http)
    {
        var env = context.Environment;
        var problems = new List<string>();

        Uri? baseUrl = null;
        try
        {
            baseUrl = ResolveBaseUrl(parse, options, env, sandboxUrl);
            if (baseUrl is null)
            {
                problems.Add("missing the CXone organization: pass --org or set CXONE_ORG (or --base-url / CXONE_BASE_URL)");
            }
        }
        catch (UsageException ex)
        {
            problems.Add(ex.Message);
        }

        var clientId = FirstNonEmpty(parse.GetValue(options.ClientId), env("CXONE_CLIENT_ID"), sandboxUrl is null ? null : DemoCredentials.ClientId);
        if (clientId is null)
        {
            problems.Add("missing the OAuth client id: pass --client-id or set CXONE_CLIENT_ID");
        }

        string? secret = null;
        try
        {
            secret = ReadSecret(parse.GetValue(options.ClientSecretFile), "--client-secret-file", context)
                ?? NonEmpty(env("CXONE_CLIENT_SECRET"))
                ?? (sandboxUrl is null ? null : DemoCredentials.ClientSecret);
            if (secret is null)
            {
                problems.Add("missing the OAuth client secret: pass --client-secret-file <path> (or - for stdin) or set CXONE_CLIENT_SECRET");
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

        var rate = parse.GetValue(options.RateLimit);
        if (rate is { } r && (!(r > 0) || r > 10_000))
        {
            throw new UsageException($"--rate-limit must be a number of requests per second between 0 and 10000 (got {r})");
        }

        return new ClientConfig(baseUrl!, new ClientCredentials(clientId!, secret!, EndpointInfo.AllScopes), http) { RateLimit = rate };
    }

    public static HttpSettings Http(ParseResult parse, CliOptions options)
    {
        var retries = parse.GetValue(options.MaxRetries);
        if (retries is < 0 or > 100)
        {
            throw new UsageException($"--max-retries must be between 0 and 100 (got {retries})");
        }

        var total = parse.GetValue(options.Timeout);
        if (!(total > 0) || total > 86_400)
        {
            throw new UsageException($"--timeout must be a number of seconds between 0 and 86400 (got {total})");
        }

        var attempt = TimeSpan.FromSeconds(Math.Min(30, total));
        return new HttpSettings { MaxRetries = retries, AttemptTimeout = attempt };
    }

    public static ComplianceOptions Compliance(ParseResult parse, CliOptions options)
    {
        var segments = parse.GetValue(options.MaxSegments);
        if (segments is < 1 or > 10)
        {
            throw new UsageException($"--max-segments must be between 1 and 10 (got {segments})");
        }

        var senders = SenderKinds.ShortCode;
        var kinds = parse.GetValue(options.AllowSender) ?? [];
        if (kinds.Length > 0)
        {
            senders = 0;
            foreach (var kind in kinds.SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                senders |= kind.ToLowerInvariant() switch
                {
                    "short-code" or "shortcode" => SenderKinds.ShortCode,
                    "long-code" or "longcode" or "10dlc" or "e164" => SenderKinds.LongCode,
                    "toll-free" or "tollfree" => SenderKinds.TollFree,
                    _ => throw new UsageException($"--allow-sender \"{kind}\" is not one of short-code, long-code, toll-free"),
                };
            }
        }

        var width = parse.GetValue(options.PlaceholderWidth);
        if (width is < 0 or > 1000)
        {
            throw new UsageException($"--placeholder-width must be between 0 and 1000 (got {width})");
        }

        return new ComplianceOptions
        {
            MaxSegments = segments,
            AllowedSenders = senders,
            ExtraOptOutKeywords = [.. (parse.GetValue(options.OptOutKeyword) ?? []).Where(k => !string.IsNullOrWhiteSpace(k))],
            PlaceholderWidth = width,
        };
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
            text = path == "-" ? context.Stdin.ReadToEnd() : File.ReadAllText(path);
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

    private static Uri? ResolveBaseUrl(ParseResult parse, CliOptions options, Func<string, string?> env, Uri? sandboxUrl)
    {
        if (sandboxUrl is not null)
        {
            return sandboxUrl;
        }

        if (NonEmpty(parse.GetValue(options.BaseUrl)) is { } fromOption)
        {
            return UrlPolicy.Require(fromOption, "--base-url");
        }

        if (NonEmpty(env("CXONE_BASE_URL")) is { } fromEnv)
        {
            return UrlPolicy.Require(fromEnv, "CXONE_BASE_URL");
        }

        var org = FirstNonEmpty(parse.GetValue(options.Org), env("CXONE_ORG"));
        if (org is null)
        {
            return null;
        }

        if (!org.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new UsageException($"--org / CXONE_ORG \"{org}\" is not an organization name (letters, digits and '-')");
        }

        return new Uri($"https://{org.ToLowerInvariant()}.nicecxone.com/");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? FirstNonEmpty(params string?[] values) => values.Select(NonEmpty).FirstOrDefault(v => v is not null);
}
