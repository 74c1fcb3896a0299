using System.CommandLine;

namespace CxoneApprove.Cli;

/// <summary>
/// Every option of the tool, made once; each command adds the groups it uses (an option may belong to several
/// commands), so every command's help lists exactly what it takes.
/// </summary>
internal sealed class CliOptions
{
    /// <summary>
    /// Where the API is and as whom: --profile, --org, --base-url, --client-id, --client-secret-file, and the CXone sign-in's
    /// --auth, --issuer, --access-key-id, --access-key-secret-file.
    /// </summary>
    public IEnumerable<Option> ConnectionGroup => [Profile, Org, BaseUrl, ClientId, ClientSecretFile, Auth, Issuer, AccessKeyId, AccessKeySecretFile];

    /// <summary>How output and logs look: --output, --verbose, --log-format.</summary>
    public IEnumerable<Option> OutputGroup => [Output, Verbose, LogFormat];

    /// <summary>How patient calls are: --max-retries, --timeout.</summary>
    public IEnumerable<Option> PatienceGroup => [MaxRetries, Timeout];

    /// <summary>The carrier rules: --policy, --max-segments, --allow-sender, --opt-out-keyword, --placeholder-width.</summary>
    public IEnumerable<Option> ComplianceGroup => [Policy, MaxSegments, AllowSender, OptOutKeyword, PlaceholderWidth];

    /// <summary>What an offline template is, for <c>validate</c>: --channel, --kind, --locale; and --fix.</summary>
    public IEnumerable<Option> TemplateShapeGroup => [Channel, Kind, Locale, Fix];

    /// <summary>The bundled sandbox: --sandbox, --sandbox-fault.</summary>
    public IEnumerable<Option> SandboxGroup => [Sandbox, SandboxFault];

    /// <summary>
    /// Options that mean nothing without another: a usage error instead of being ignored (a fault meant for a
    /// rehearsal must never let a run go on against a real server).
    /// </summary>
    public void RequireCompanions(Command command) => command.Validators.Add(result =>
    {
        if (result.GetResult(SandboxFault) is not null && !result.GetValue(Sandbox))
        {
            result.AddError("--sandbox-fault needs --sandbox: faults are injected into the bundled sandbox only, never into a real server");
        }

        if (result.GetValue(TemplateFile) == "-" && result.GetValue(ClientSecretFile) == "-")
        {
            result.AddError("--template-file - and --client-secret-file - cannot both read standard input: give one of them a file");
        }
    });

    public Option<string[]> Template { get; } = new("--template", "-t")
    {
        Description = $"Template id to approve (repeatable). Env: {EnvironmentVariables.TemplateId} (comma-separated).",
        HelpName = "id",
    };

    /// <summary>validate's own -t: it fetches and checks, and reads no environment variable.</summary>
    public Option<string[]> CheckTemplate { get; } = new("--template", "-t")
    {
        Description = "Template id to fetch and check (repeatable); nothing is approved.",
        HelpName = "id",
    };

    public Option<string?> TemplateFile { get; } = new("--template-file")
    {
        Description = "More template ids, one a line; '#' starts a comment.",
        HelpName = "path",
    };

    public Option<string?> Org { get; } = new("--org")
    {
        Description = $"Organization; the API is https://{{org}}.nicecxone.com. Env: {EnvironmentVariables.Org}.",
        HelpName = "name",
    };

    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = $"API host override (regional host, proxy, sandbox); https, or http on loopback. Env: {EnvironmentVariables.BaseUrl}.",
        HelpName = "url",
    };

    public Option<string?> ClientId { get; } = new("--client-id")
    {
        Description = $"OAuth client id. Env: {EnvironmentVariables.ClientId}.",
        HelpName = "id",
    };

    public Option<string?> ClientSecretFile { get; } = new("--client-secret-file")
    {
        Description = $"File holding the OAuth client secret ('-' reads stdin). Env: {EnvironmentVariables.ClientSecret}.",
        HelpName = "path",
    };

    public Option<string?> Profile { get; } = new("--profile")
    {
        Description = $"Profile of the config file to use (default: [default]). Env: {EnvironmentVariables.Profile}.",
        HelpName = "name",
    };

    public Option<string?> Auth { get; } = new("--auth")
    {
        Description = $"Sign-in: client-credentials (default), or cxone (access key, OpenID discovery). Env: {EnvironmentVariables.Auth}.",
        HelpName = "mode",
    };

    public Option<string?> Issuer { get; } = new("--issuer")
    {
        Description = $"With --auth cxone: the sign-in issuer (default https://cxone.niceincontact.com). Env: {EnvironmentVariables.Issuer}.",
        HelpName = "url",
    };

    public Option<string?> AccessKeyId { get; } = new("--access-key-id")
    {
        Description = $"With --auth cxone: the access key id. Env: {EnvironmentVariables.AccessKeyId}.",
        HelpName = "id",
    };

    public Option<string?> AccessKeySecretFile { get; } = new("--access-key-secret-file")
    {
        Description = $"With --auth cxone: file holding the access key secret ('-' reads stdin). Env: {EnvironmentVariables.AccessKeySecret}.",
        HelpName = "path",
    };

    public Option<string?> WebhookUrl { get; } = new("--webhook-url")
    {
        Description = $"Compliance webhook to register (https, or http on loopback); without it the step is skipped. Env: {EnvironmentVariables.WebhookUrl}.",
        HelpName = "url",
    };

    public Option<string?> WebhookSecretFile { get; } = new("--webhook-secret-file")
    {
        Description = $"File holding the webhook signing secret. Env: {EnvironmentVariables.WebhookSecret}. Neither: one is generated into a 0600 file.",
        HelpName = "path",
    };

    public Option<string?> OperatorId { get; } = new("--operator-id")
    {
        Description = $"Recorded in the audit log. Env: {EnvironmentVariables.OperatorId}.",
        HelpName = "id",
    };

    public Option<bool> DryRun { get; } = new("--dry-run")
    {
        Description = "Fetch and validate only; write nothing.",
    };

    public Option<string> Output { get; } = new("--output", "-o")
    {
        Description = "text, or json: one JSON document on stdout and nothing else.",
        HelpName = "text|json",
        DefaultValueFactory = _ => "text",
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Every HTTP exchange on stderr, secrets masked.",
    };

    public Option<string> LogFormat { get; } = new("--log-format")
    {
        Description = "stderr log format: text, or json (compact JSON for log shippers).",
        HelpName = "text|json",
        DefaultValueFactory = _ => "text",
    };

    public Option<bool> Sandbox { get; } = new("--sandbox")
    {
        Description = "Run against a fresh sandbox (the bundled one, as a child process) with demo credentials and templates: no setup at all.",
    };

    public Option<string[]> SandboxFault { get; } = new("--sandbox-fault")
    {
        Description = "With --sandbox: a fault to inject, e.g. \"PUT /api/v1/messaging/templates/* status=503,503\" (repeatable).",
        HelpName = "spec",
    };

    public Option<int> Concurrency { get; } = OptionLimits.Concurrency.IntOption("Templates in flight at once.", "n", OptionLimits.DefaultConcurrency);

    public Option<double?> RateLimit { get; } = OptionLimits.RateLimit.OptionalNumberOption(
        "Client-side cap in requests per second, adapting down on 429 (without it, pacing learns the server's limit).", "n");

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Print only failures, warnings and the summary; no progress line.",
    };

    public Option<string?> FailedFile { get; } = new("--failed-file")
    {
        Description = "Write the ids of the templates that did not succeed, one a line (for --template-file on a re-run).",
        HelpName = "path",
    };

    public Option<int> MaxRetries { get; } = OptionLimits.MaxRetries.IntOption(
        "Retries per call for 408, 429, 5xx, timeouts and connection failures.", "n", OptionLimits.DefaultMaxRetries);

    public Option<double> Timeout { get; } = OptionLimits.Timeout.NumberOption("Total time for the run, in seconds.", "seconds", OptionLimits.DefaultTimeoutSeconds);

    public Option<int> MaxSegments { get; } = OptionLimits.MaxSegments.IntOption("SMS parts a template may need.", "n", OptionLimits.DefaultMaxSegments);

    public Option<string[]> AllowSender { get; } = new("--allow-sender")
    {
        Description = "Sender kinds to accept instead of the default short code: short-code, long-code (E.164/10DLC), toll-free (repeatable).",
        HelpName = "kind",
    };

    public Option<string[]> OptOutKeyword { get; } = new("--opt-out-keyword")
    {
        Description = "An extra opt-out keyword to accept (repeatable).",
        HelpName = "word",
    };

    public Option<int?> PlaceholderWidth { get; } = OptionLimits.PlaceholderWidth.OptionalIntOption("Count each {{placeholder}} as this many characters.", "n");

    public Option<string?> Policy { get; } = new("--policy")
    {
        Description = $"A team's compliance policy (JSON: brand, link domains, keywords, limits, a severity per rule id); options beat it. Env: {EnvironmentVariables.Policy}.",
        HelpName = "path",
    };

    public Option<string?> Channel { get; } = new("--channel")
    {
        Description = "What the template is sent on: sms (default) or whatsapp, checked against Meta's rules.",
        HelpName = "sms|whatsapp",
    };

    public Option<string?> Kind { get; } = new("--kind")
    {
        Description = "The part the message plays: recurring (default), sample, first, optin_confirm, help_resp, stop_resp, otp.",
        HelpName = "kind",
    };

    public Option<string?> Locale { get; } = new("--locale")
    {
        Description = "The language it is written in, e.g. es-US (default: read from the text); advice is given in it.",
        HelpName = "tag",
    };

    public Option<bool> Fix { get; } = new("--fix")
    {
        Description = "Also print the content with the safe (typographic) fixes applied: quotes, spaces, dashes, ellipsis.",
    };

    public Option<string?> AuditFile { get; } = new("--audit-file")
    {
        Description = "Local audit journal (default: $XDG_STATE_HOME/cxone-approve/audit.jsonl).",
        HelpName = "path",
    };

    public Option<string?> Junit { get; } = new("--junit")
    {
        Description = "Write a JUnit XML report, a testcase per template.",
        HelpName = "path",
    };
}
