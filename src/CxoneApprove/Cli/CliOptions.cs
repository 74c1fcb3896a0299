using System.CommandLine;

namespace CxoneApprove.Cli;

/// <summary>
/// Every option of the tool, made once. Connection, output and compliance options are recursive: they work
/// on the root (approve) and on every subcommand.
/// </summary>
internal sealed class CliOptions
{
    public Option<string[]> Template { get; } = new("--template", "-t")
    {
        Description = "Template id to approve (repeatable). Env: CXONE_TEMPLATE_ID (comma-separated).",
        HelpName = "id",
        Recursive = true,
    };

    public Option<string?> TemplateFile { get; } = new("--template-file")
    {
        Description = "More template ids, one a line; '#' starts a comment.",
        HelpName = "path",
    };

    public Option<string?> Org { get; } = new("--org")
    {
        Description = "Organization; the API is https://{org}.nicecxone.com. Env: CXONE_ORG.",
        HelpName = "name",
        Recursive = true,
    };

    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = "API host override (regional host, proxy, sandbox); https, or http on loopback. Env: CXONE_BASE_URL.",
        HelpName = "url",
        Recursive = true,
    };

    public Option<string?> ClientId { get; } = new("--client-id")
    {
        Description = "OAuth client id. Env: CXONE_CLIENT_ID.",
        HelpName = "id",
        Recursive = true,
    };

    public Option<string?> ClientSecretFile { get; } = new("--client-secret-file")
    {
        Description = "File holding the OAuth client secret ('-' reads stdin). Env: CXONE_CLIENT_SECRET.",
        HelpName = "path",
        Recursive = true,
    };

    public Option<string?> WebhookUrl { get; } = new("--webhook-url")
    {
        Description = "Compliance webhook to register (https, or http on loopback); without it the step is skipped. Env: CXONE_WEBHOOK_URL.",
        HelpName = "url",
    };

    public Option<string?> WebhookSecretFile { get; } = new("--webhook-secret-file")
    {
        Description = "File holding the webhook signing secret. Env: CXONE_WEBHOOK_SECRET. Neither: one is generated into a 0600 file.",
        HelpName = "path",
    };

    public Option<string?> OperatorId { get; } = new("--operator-id")
    {
        Description = "Recorded in the audit log. Env: CXONE_OPERATOR_ID.",
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
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Every HTTP exchange on stderr, secrets masked.",
        Recursive = true,
    };

    public Option<string> LogFormat { get; } = new("--log-format")
    {
        Description = "stderr log format: text, or json (compact JSON for log shippers).",
        HelpName = "text|json",
        DefaultValueFactory = _ => "text",
        Recursive = true,
    };

    public Option<bool> Sandbox { get; } = new("--sandbox")
    {
        Description = "Run against a fresh in-process sandbox with demo credentials and templates: no setup at all.",
        Recursive = true,
    };

    public Option<string[]> SandboxFault { get; } = new("--sandbox-fault")
    {
        Description = "With --sandbox: a fault to inject, e.g. \"PUT /api/v1/messaging/templates/* status=503,503\" (repeatable).",
        HelpName = "spec",
        Recursive = true,
    };

    public Option<int> Concurrency { get; } = new("--concurrency")
    {
        Description = "Templates in flight at once.",
        HelpName = "n",
        DefaultValueFactory = _ => 4,
    };

    public Option<double?> RateLimit { get; } = new("--rate-limit")
    {
        Description = "Client-side cap in requests per second, adapting down on 429.",
        HelpName = "n",
    };

    public Option<int> MaxRetries { get; } = new("--max-retries")
    {
        Description = "Retries per call for 408, 429, 5xx, timeouts and connection failures.",
        HelpName = "n",
        DefaultValueFactory = _ => 4,
        Recursive = true,
    };

    public Option<double> Timeout { get; } = new("--timeout")
    {
        Description = "Total time for the run, in seconds.",
        HelpName = "seconds",
        DefaultValueFactory = _ => 600,
        Recursive = true,
    };

    public Option<int> MaxSegments { get; } = new("--max-segments")
    {
        Description = "SMS parts a template may need.",
        HelpName = "n",
        DefaultValueFactory = _ => 1,
        Recursive = true,
    };

    public Option<string[]> AllowSender { get; } = new("--allow-sender")
    {
        Description = "Sender kinds to accept instead of the default short code: short-code, long-code (E.164/10DLC), toll-free (repeatable).",
        HelpName = "kind",
        Recursive = true,
    };

    public Option<string[]> OptOutKeyword { get; } = new("--opt-out-keyword")
    {
        Description = "An extra opt-out keyword to accept (repeatable).",
        HelpName = "word",
        Recursive = true,
    };

    public Option<int?> PlaceholderWidth { get; } = new("--placeholder-width")
    {
        Description = "Count each {{placeholder}} as this many characters.",
        HelpName = "n",
        Recursive = true,
    };

    public Option<string?> AuditFile { get; } = new("--audit-file")
    {
        Description = "Local audit journal (default: $XDG_STATE_HOME/cxone-approve/audit.jsonl).",
        HelpName = "path",
        Recursive = true,
    };

    public Option<string?> Junit { get; } = new("--junit")
    {
        Description = "Write a JUnit XML report, a testcase per template.",
        HelpName = "path",
        Recursive = true,
    };
}
