using System.CommandLine;
using CxoneApprove.Api;
using CxoneApprove.Audit;
using CxoneApprove.Cli.Config;
using CxoneApprove.Diagnostics;
using CxoneApprove.Workflow;
using Serilog;

namespace CxoneApprove.Cli;

/// <summary>
/// Runs the workflow for the ids of a command: resolves the settings (and starts the <see cref="RunWarmup"/>), checks
/// every local output can be written, starts the sandbox for <c>--sandbox</c>, opens the connection, journals and prints
/// each result as it comes, then the reports and the summary. Shared by approve and <c>validate --template</c> (a dry
/// run). Returns the exit code.
/// </summary>
internal static class TemplateRun
{
    public static async Task<int> RunAsync(ParseResult parse, CliOptions options, CliContext context,
        IReadOnlyList<string> ids, CommandOutput output, bool dryRun, CancellationToken cancellationToken)
    {
        var env = context.Environment;
        var http = SettingsResolver.Http(parse, options);
        var compliance = SettingsResolver.Compliance(parse, options, context);
        using var warmup = RunWarmup.Start(compliance, context.Time);
        var layers = SettingLayers.Open(parse, options, context, parse.GetValue(options.Sandbox));
        var webhookUrl = dryRun ? null : SettingsResolver.WebhookUrl(parse, options, layers);
        var webhookSecret = webhookUrl is null ? null
            : ResolveWebhookSecret(parse.GetValue(options.WebhookSecretFile), env(EnvironmentVariables.WebhookSecret), context, output.Redactor);
        var useSandbox = parse.GetValue(options.Sandbox);
        var journalPath = dryRun ? null
            : parse.GetValue(options.AuditFile) ?? AuditJournal.DefaultPath(env, useSandbox ? "sandbox-audit.jsonl" : "audit.jsonl");
        var stateDirectory = AuditJournal.StateDirectory(env);
        Preflight.Check(
            [(journalPath, "the audit journal"), (parse.GetValue(options.Junit), "the --junit report"),
             (GitHubActions.StepSummaryPath(env), "the GitHub step summary (GITHUB_STEP_SUMMARY)")],
            [(webhookUrl is not null && webhookSecret is null ? stateDirectory : null, "a generated webhook secret into")]);

        var quiet = parse.GetValue(options.Quiet);
        using var failedFile = FailedIdsFile.Prepare(parse.GetValue(options.FailedFile));
        using var display = RunDisplay.Create(context, output, ids.Count, quiet);
        var log = LogFactory.Create(display.Stderr, output.Settings.Verbose, output.Settings.LogJson, context.Time, quiet);
        await using var sandbox = useSandbox ? await context.SandboxLauncher.StartAsync(parse.GetValue(options.SandboxFault) ?? [], cancellationToken) : null;
        var config = SettingsResolver.Connection(parse, options, context, sandbox, http);
        output.Redactor.Add(config.Credentials.ClientSecret);
        NoteSandbox(log, config, sandbox is not null);

        using var connection = CxoneConnection.Open(config, context.Time, log, output.Redactor, context.PrimaryHandler?.Invoke());
        // With the CXone sign-in the API host is known only once the first token is had.
        var journal = journalPath is null ? null
            : new OutcomeJournal(new AuditJournal(journalPath), () => connection.ApiBaseUrl?.AbsoluteUri ?? "", context.Time);
        var settings = new ApprovalSettings
        {
            Compliance = compliance,
            DryRun = dryRun,
            Verbose = output.Settings.Verbose,
            WebhookUrl = webhookUrl,
            OperatorId = layers.Find(ProfileKeys.OperatorId, parse.GetValue(options.OperatorId), "--operator-id", EnvironmentVariables.OperatorId)?.Value ?? "",
            JournalHint = journal is null ? null : JournalHint(journal.Path, sandbox is not null),
            JournaledAudit = key => journal?.AuditFor(key),
        };

        var secretSource = new WebhookSecretSource(() => webhookSecret ?? GenerateSecret(stateDirectory, context.Time, output.Redactor, log));
        var webhook = new WebhookRegistration(connection.Client, settings, secretSource, context.Time, ids.Count);
        var workflow = ApprovalWorkflow.For(new ApprovalServices(connection.Client, connection.Tokens, context.Time, settings, webhook, log));
        workflow.StepEntered += display.Entered;
        var result = await ApprovalRun.RunAsync(ids, workflow, parse.GetValue(options.Concurrency), TimeSpan.FromSeconds(parse.GetValue(options.Timeout)),
            context.Time, (index, template) =>
            {
                var kept = journal?.Record(template) ?? template;
                display.Completed(index, kept);
                return kept;
            }, cancellationToken);
        display.Dispose();
        return Report(parse, options, output, result, env, failedFile);
    }

    private static void NoteSandbox(ILogger log, ClientConfig config, bool fromSandbox)
    {
        if (!fromSandbox)
        {
            return;
        }

        log.Debug("--sandbox: {BaseUrl} with the demo client {ClientId}; the CXONE_* connection variables of the environment are not used",
            config.BaseUrl, config.Credentials.ClientId);
    }

    /// <summary>
    /// What follows the templates: the JUnit file and GitHub's reports, then the summary (or the JSON document). A report
    /// that cannot be written makes the exit code 2 (unless a template already failed) and is said on stderr.
    /// </summary>
    public static int Report(ParseResult parse, CliOptions options, CommandOutput output, RunResult result, Func<string, string?> env,
        FailedIdsFile? failedFile = null)
    {
        var problems = new List<string>();
        if (failedFile is not null)
        {
            Attempt(() => failedFile.Commit(result), $"cannot write --failed-file {failedFile.Path}", problems);
        }

        if (parse.GetValue(options.Junit) is { } junit)
        {
            Attempt(() => JunitReport.Write(junit, result), $"cannot write the --junit report {junit}", problems);
        }

        Attempt(() => GitHubActions.AppendStepSummary(result, env), "cannot append to GITHUB_STEP_SUMMARY", problems);
        GitHubActions.Annotate(result, env, output.Stderr);

        var exit = ExitCodes.Of(result);
        exit = exit == ExitCodes.Success && problems.Count > 0 ? ExitCodes.Usage : exit;
        output.Stdout.Write(output.Settings.Json
            ? JsonRenderer.Render(result, exit, problems.Count == 0 ? null : string.Join("; ", problems))
            : TextRenderer.Summary(result, exit) + TextRenderer.FailedIds(result));
        foreach (var problem in problems)
        {
            output.Stderr.WriteLine($"error: {problem}");
        }

        output.Flush();
        return exit;
    }

    private static void Attempt(Action write, string what, List<string> problems)
    {
        try
        {
            write();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{what}: {ex.Message.TrimEnd('.')}");
        }
    }

    // Where the kept record is and how to publish it; a sandbox is gone with its run, so there is nowhere to publish to.
    private static string JournalHint(string path, bool sandbox) => sandbox
        ? $"The record is kept in {path}; this run's sandbox is gone, so there is nothing to publish it to (see it with `cxone-approve audit show --audit-file {path}`)."
        : $"The record is kept in {path}; publish it later with `cxone-approve audit flush --audit-file {path}`.";

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

    private static WebhookSecret GenerateSecret(string stateDirectory, TimeProvider time, SecretRedactor redactor, ILogger log)
    {
        var generated = WebhookSecretSource.Generate(stateDirectory, time);
        redactor.Add(generated.Value);
        log.Warning("generated a webhook signing secret: {Origin} (keep it for the receiving dashboard)", generated.Origin);
        return generated;
    }
}
