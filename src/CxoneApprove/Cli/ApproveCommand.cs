using System.CommandLine;
using CxoneApprove.Audit;
using CxoneApprove.Auth;
using CxoneApprove.Http;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Faults;
using CxoneApprove.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace CxoneApprove.Cli;

/// <summary>The root command: approve templates (token → fetch → validate → approve → a2p_register → webhook → audit).</summary>
internal static class ApproveCommand
{
    public static async Task<int> RunAsync(ParseResult parse, CliOptions options, CliContext context, CancellationToken cancellationToken)
    {
        using var output = CommandOutput.Create(parse, options, context);
        try
        {
            var ids = TemplateIds.Collect(parse.GetValue(options.Template), context.Environment("CXONE_TEMPLATE_ID"),
                parse.GetValue(options.TemplateFile), File.ReadAllText);
            var run = await RunTemplatesAsync(parse, options, context, ids, output, dryRun: parse.GetValue(options.DryRun), cancellationToken);
            return run.ExitCode;
        }
        catch (UsageException ex)
        {
            return output.Usage(ex.Message);
        }
    }

    /// <summary>
    /// Resolves the connection (starting the in-process sandbox for <c>--sandbox</c>), runs the workflow for every id
    /// and renders the result. Shared by approve and <c>validate --template</c> (which runs it as a dry run).
    /// </summary>
    public static async Task<RunResult> RunTemplatesAsync(ParseResult parse, CliOptions options, CliContext context,
        IReadOnlyList<string> ids, CommandOutput output, bool dryRun, CancellationToken cancellationToken)
    {
        var (redactor, stdout, stderr) = (output.Redactor, output.Stdout, output.Stderr);
        var env = context.Environment;
        var http = SettingsResolver.Http(parse, options);
        var compliance = SettingsResolver.Compliance(parse, options);
        var concurrency = parse.GetValue(options.Concurrency);
        if (concurrency is < 1 or > 64)
        {
            throw new UsageException($"--concurrency must be between 1 and 64 (got {concurrency})");
        }

        var webhookUrl = dryRun ? null : ResolveWebhookUrl(parse, options, env);
        var webhookSecretFile = parse.GetValue(options.WebhookSecretFile);
        var envWebhookSecret = env("CXONE_WEBHOOK_SECRET");
        var log = LogFactory.Create(stderr, output.Settings.Verbose, output.Settings.LogJson);

        await using var sandbox = parse.GetValue(options.Sandbox)
            ? await StartSandboxAsync(parse, options, context, cancellationToken)
            : null;
        var config = SettingsResolver.Connection(parse, options, context, sandbox?.BaseUrl, http);
        redactor.Add(config.Credentials.ClientSecret);
        var webhookSecret = webhookUrl is null ? null : ResolveWebhookSecret(webhookSecretFile, envWebhookSecret, context, redactor);

        var journalPath = parse.GetValue(options.AuditFile)
            ?? AuditJournal.DefaultPath(env, sandbox is null ? "audit.jsonl" : "sandbox-audit.jsonl");
        var journal = dryRun ? null : new AuditJournal(journalPath);
        var stateDirectory = AuditJournal.StateDirectory(env);

        var settings = new ApprovalSettings
        {
            Compliance = compliance,
            DryRun = dryRun,
            WebhookUrl = webhookUrl,
            OperatorId = parse.GetValue(options.OperatorId) ?? env("CXONE_OPERATOR_ID") ?? "",
        };

        using var services = CxoneServices.Build(config, context.Time, log, redactor, context.PrimaryHandler);
        var tokens = services.GetRequiredService<TokenProvider>();
        var secretSource = new WebhookSecretSource(() =>
        {
            if (webhookSecret is not null)
            {
                return webhookSecret;
            }

            var generated = WebhookSecretSource.Generate(stateDirectory, context.Time);
            redactor.Add(generated.Value);
            log.Warning("generated a webhook signing secret: {Origin} (keep it for the receiving dashboard)", generated.Origin);
            return generated;
        });
        var workflow = new ApprovalWorkflow(services.GetRequiredService<Api.CxoneClient>(), tokens, context.Time, settings,
            secretSource, journal, config.BaseUrl.AbsoluteUri, log);

        var color = context.StdoutIsTerminal && string.IsNullOrEmpty(env("NO_COLOR"));
        var printer = new OrderedPrinter(ids.Count, output.Settings.Json ? null : stdout, color);
        var progress = new LiveCount(ids.Count, context.StderrIsTerminal && ids.Count > 1 ? stderr : null);
        var result = await ApprovalRun.RunAsync(ids, workflow, concurrency, TimeSpan.FromSeconds(parse.GetValue(options.Timeout)),
            context.Time, (index, template) =>
            {
                printer.Completed(index, template);
                progress.Completed(template);
            }, cancellationToken);
        progress.Finish();

        if (output.Settings.Json)
        {
            stdout.Write(JsonRenderer.Render(result));
        }
        else
        {
            stdout.Write(TextRenderer.Summary(result));
        }

        if (parse.GetValue(options.Junit) is { } junit)
        {
            JunitReport.Write(junit, result, stderr);
        }

        GitHubActions.Report(result, env, stderr);
        output.Flush();
        return result;
    }

    private static Uri? ResolveWebhookUrl(ParseResult parse, CliOptions options, Func<string, string?> env)
    {
        if (parse.GetValue(options.WebhookUrl) is { Length: > 0 } fromOption)
        {
            return UrlPolicy.Require(fromOption, "--webhook-url");
        }

        return env("CXONE_WEBHOOK_URL") is { Length: > 0 } fromEnv ? UrlPolicy.Require(fromEnv, "CXONE_WEBHOOK_URL") : null;
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
            return new WebhookSecret(fromEnv, "from CXONE_WEBHOOK_SECRET");
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

    /// <summary>On a terminal, a live "n/total" count on stderr for bulk runs; nothing otherwise.</summary>
    private sealed class LiveCount(int total, TextWriter? terminal)
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, int> _outcomes = new(StringComparer.Ordinal);
        private int _done;

        public void Completed(TemplateResult result)
        {
            if (terminal is null)
            {
                return;
            }

            lock (_gate)
            {
                _done++;
                _outcomes[result.Outcome] = _outcomes.GetValueOrDefault(result.Outcome) + 1;
                var counts = string.Join(", ", _outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Value} {o.Key.Replace('_', ' ')}"));
                terminal.Write($"\r\u001b[K[{_done}/{total}] {counts}");
                terminal.Flush();
            }
        }

        public void Finish()
        {
            if (terminal is not null)
            {
                terminal.Write("\r\u001b[K");
                terminal.Flush();
            }
        }
    }

    /// <summary>Prints each template's block in input order as soon as every earlier one has finished.</summary>
    private sealed class OrderedPrinter(int count, TextWriter? writer, bool color)
    {
        private readonly TemplateResult?[] _results = new TemplateResult?[count];
        private readonly Lock _gate = new();
        private int _next;

        public void Completed(int index, TemplateResult result)
        {
            if (writer is null)
            {
                return;
            }

            lock (_gate)
            {
                _results[index] = result;
                while (_next < _results.Length && _results[_next] is { } ready)
                {
                    writer.Write(TextRenderer.Template(ready, color));
                    writer.Flush();
                    _next++;
                }
            }
        }
    }
}
