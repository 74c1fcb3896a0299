using System.CommandLine;
using CxoneApprove.Api;
using CxoneApprove.Audit;
using CxoneApprove.Cli.Config;
using CxoneApprove.Diagnostics;
using CxoneApprove.Sandbox;
using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>
/// Runs the workflow for the ids of a command: resolves the settings (starting the in-process sandbox for
/// <c>--sandbox</c>), opens the connection, journals and prints each result as it comes, then the summary and reports.
/// Shared by approve and <c>validate --template</c> (a dry run).
/// </summary>
internal static class TemplateRun
{
    public static async Task<RunResult> RunAsync(ParseResult parse, CliOptions options, CliContext context,
        IReadOnlyList<string> ids, CommandOutput output, bool dryRun, CancellationToken cancellationToken)
    {
        var (redactor, stdout, stderr) = (output.Redactor, output.Stdout, output.Stderr);
        var env = context.Environment;
        var http = SettingsResolver.Http(parse, options);
        var compliance = SettingsResolver.Compliance(parse, options);
        var layers = SettingLayers.Open(parse, options, context, parse.GetValue(options.Sandbox));
        var webhookUrl = dryRun ? null : SettingsResolver.WebhookUrl(parse, options, layers);
        var webhookSecretFile = parse.GetValue(options.WebhookSecretFile);
        var envWebhookSecret = env(EnvironmentVariables.WebhookSecret);
        var log = LogFactory.Create(stderr, output.Settings.Verbose, output.Settings.LogJson);

        await using var sandbox = parse.GetValue(options.Sandbox)
            ? await StartSandboxAsync(parse, options, context, cancellationToken)
            : null;
        var config = SettingsResolver.Connection(parse, options, context, sandbox?.BaseUrl, http);
        redactor.Add(config.Credentials.ClientSecret);
        var webhookSecret = webhookUrl is null ? null : ResolveWebhookSecret(webhookSecretFile, envWebhookSecret, context, redactor);

        var journalPath = parse.GetValue(options.AuditFile)
            ?? AuditJournal.DefaultPath(env, sandbox is null ? "audit.jsonl" : "sandbox-audit.jsonl");
        var journalFile = dryRun ? null : new AuditJournal(journalPath);
        var stateDirectory = AuditJournal.StateDirectory(env);

        var settings = new ApprovalSettings
        {
            Compliance = compliance,
            DryRun = dryRun,
            WebhookUrl = webhookUrl,
            OperatorId = layers.Find(ProfileKeys.OperatorId, parse.GetValue(options.OperatorId), "--operator-id", EnvironmentVariables.OperatorId)?.Value ?? "",
            JournalPath = journalFile?.Path,
        };

        using var connection = CxoneConnection.Open(config, context.Time, log, redactor, context.PrimaryHandler?.Invoke());
        // With the CXone sign-in the API host is known only once the first token is had.
        var journal = journalFile is null ? null : new OutcomeJournal(journalFile, () => connection.ApiBaseUrl?.AbsoluteUri ?? "", context.Time);
        var secretSource = new WebhookSecretSource(() => webhookSecret ?? GenerateSecret(stateDirectory, context.Time, redactor, log));
        var webhook = new WebhookRegistration(connection.Client, settings, secretSource, context.Time, ids.Count);
        var workflow = ApprovalWorkflow.For(new ApprovalServices(connection.Client, connection.Tokens, context.Time, settings, webhook, log));

        var color = context.StdoutIsTerminal && string.IsNullOrEmpty(env(EnvironmentVariables.NoColor));
        var printer = new OrderedPrinter(ids.Count, output.Settings.Json ? null : stdout, color);
        var progress = new LiveCount(ids.Count, context.StderrIsTerminal && ids.Count > 1 ? stderr : null);
        var result = await ApprovalRun.RunAsync(ids, workflow, parse.GetValue(options.Concurrency), TimeSpan.FromSeconds(parse.GetValue(options.Timeout)),
            context.Time, (index, template) =>
            {
                journal?.Record(template);
                printer.Completed(index, template);
                progress.Completed(template);
            }, cancellationToken);
        progress.Finish();
        Report(parse, options, output, result, env);
        return result;
    }

    /// <summary>What follows the templates: the summary (or the JSON document), then the JUnit file and GitHub's reports.</summary>
    public static void Report(ParseResult parse, CliOptions options, CommandOutput output, RunResult result, Func<string, string?> env)
    {
        output.Stdout.Write(output.Settings.Json ? JsonRenderer.Render(result) : TextRenderer.Summary(result));
        if (parse.GetValue(options.Junit) is { } junit)
        {
            JunitReport.Write(junit, result, output.Stderr);
        }

        GitHubActions.Report(result, env, output.Stderr);
        output.Flush();
    }

    private static WebhookSecret GenerateSecret(string stateDirectory, TimeProvider time, SecretRedactor redactor, Serilog.ILogger log)
    {
        var generated = WebhookSecretSource.Generate(stateDirectory, time);
        redactor.Add(generated.Value);
        log.Warning("generated a webhook signing secret: {Origin} (keep it for the receiving dashboard)", generated.Origin);
        return generated;
    }

    private static WebhookSecret? ResolveWebhookSecret(string? file, string? fromEnv, CliContext context, SecretRedactor redactor)
    {
        if (SettingsResolver.ReadSecret(file, "--webhook-secret-file", context) is { } fromFile)
        {
            redactor.Add(fromFile);
            return new WebhookSecret(fromFile, $"from {file}");
        }

        if (!string.IsNullOrEmpty(fromEnv))
        {
            redactor.Add(fromEnv);
            return new WebhookSecret(fromEnv, $"from {EnvironmentVariables.WebhookSecret}");
        }

        return null;
    }

    private static async Task<SandboxServer> StartSandboxAsync(ParseResult parse, CliOptions options, CliContext context, CancellationToken cancellationToken)
    {
        var sandboxOptions = new SandboxOptions { Port = 0 };
        foreach (var spec in parse.GetValue(options.SandboxFault) ?? [])
        {
            try
            {
                sandboxOptions.Faults.Add(FaultRule.Parse(spec));
            }
            catch (FormatException ex)
            {
                throw new UsageException($"--sandbox-fault \"{spec}\": {ex.Message}");
            }
        }

        context.ConfigureSandbox?.Invoke(sandboxOptions);
        var server = await SandboxServer.StartAsync(sandboxOptions, cancellationToken);
        context.SandboxStarted?.Invoke(server);
        return server;
    }
}
