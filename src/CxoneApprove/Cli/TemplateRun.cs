using System.CommandLine;
using CxoneApprove.Api;
using CxoneApprove.Audit;
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
        var redactor = output.Redactor;
        var env = context.Environment;
        var http = SettingsResolver.Http(parse, options);
        var compliance = SettingsResolver.Compliance(parse, options);
        var webhookUrl = dryRun ? null : ResolveWebhookUrl(parse, options, env);
        var webhookSecretFile = parse.GetValue(options.WebhookSecretFile);
        var envWebhookSecret = env(EnvironmentVariables.WebhookSecret);
        var quiet = parse.GetValue(options.Quiet);
        using var failedFile = FailedIdsFile.Prepare(parse.GetValue(options.FailedFile));
        using var display = RunDisplay.Create(context, output, ids.Count, quiet);
        var log = LogFactory.Create(display.Stderr, output.Settings.Verbose, output.Settings.LogJson, quiet);

        await using var sandbox = parse.GetValue(options.Sandbox)
            ? await StartSandboxAsync(parse, options, context, cancellationToken)
            : null;
        var config = SettingsResolver.Connection(parse, options, context, sandbox?.BaseUrl, http);
        redactor.Add(config.Credentials.ClientSecret);
        var webhookSecret = webhookUrl is null ? null : ResolveWebhookSecret(webhookSecretFile, envWebhookSecret, context, redactor);

        var journalPath = parse.GetValue(options.AuditFile)
            ?? AuditJournal.DefaultPath(env, sandbox is null ? "audit.jsonl" : "sandbox-audit.jsonl");
        var journal = dryRun ? null : new OutcomeJournal(new AuditJournal(journalPath), config.BaseUrl.AbsoluteUri, context.Time);
        var stateDirectory = AuditJournal.StateDirectory(env);

        var settings = new ApprovalSettings
        {
            Compliance = compliance,
            DryRun = dryRun,
            WebhookUrl = webhookUrl,
            OperatorId = parse.GetValue(options.OperatorId) ?? env(EnvironmentVariables.OperatorId) ?? "",
            JournalPath = journal?.Journal.Path,
        };

        using var connection = CxoneConnection.Open(config, context.Time, log, redactor, context.PrimaryHandler?.Invoke());
        var secretSource = new WebhookSecretSource(() => webhookSecret ?? GenerateSecret(stateDirectory, context.Time, redactor, log));
        var webhook = new WebhookRegistration(connection.Client, settings, secretSource, context.Time, ids.Count);
        var workflow = ApprovalWorkflow.For(new ApprovalServices(connection.Client, connection.Tokens, context.Time, settings, webhook, log));
        workflow.StepEntered += display.Entered;
        var result = await ApprovalRun.RunAsync(ids, workflow, parse.GetValue(options.Concurrency), TimeSpan.FromSeconds(parse.GetValue(options.Timeout)),
            context.Time, (index, template) =>
            {
                journal?.Record(template);
                display.Completed(index, template);
            }, cancellationToken);
        display.Dispose();
        failedFile?.Commit(result, output.Stderr);
        Report(parse, options, output, result, env);
        return result;
    }

    /// <summary>What follows the templates: the summary (or the JSON document), then the JUnit file and GitHub's reports.</summary>
    public static void Report(ParseResult parse, CliOptions options, CommandOutput output, RunResult result, Func<string, string?> env)
    {
        output.Stdout.Write(output.Settings.Json ? JsonRenderer.Render(result) : TextRenderer.Summary(result) + TextRenderer.FailedIds(result));
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

    private static Uri? ResolveWebhookUrl(ParseResult parse, CliOptions options, Func<string, string?> env)
    {
        if (parse.GetValue(options.WebhookUrl) is { Length: > 0 } fromOption)
        {
            return UrlPolicy.Require(fromOption, "--webhook-url");
        }

        return env(EnvironmentVariables.WebhookUrl) is { Length: > 0 } fromEnv ? UrlPolicy.Require(fromEnv, EnvironmentVariables.WebhookUrl) : null;
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
