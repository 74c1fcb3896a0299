using System.CommandLine;
using System.CommandLine.Help;
using CxoneApprove.Cli.Help;

namespace CxoneApprove.Cli;

/// <summary>Builds the command tree and runs it: the one entry point of the tool and of its integration tests.</summary>
internal static class CliApp
{

    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code. Never throws.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await ParseAndInvokeAsync(args, context, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Stderr.WriteLineAsync("cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex)
        {
            // One line for people; the trace only for those who asked for it.
            await context.Stderr.WriteLineAsync($"error: unexpected internal error: {FirstLine(ex.Message)}");
            if (args.Any(a => a is "--verbose" or "-v"))
            {
                await context.Stderr.WriteLineAsync(ex.ToString());
            }
            else
            {
                await context.Stderr.WriteLineAsync("Run again with --verbose for details, and report it if it persists.");
            }

            return ExitCodes.Internal;
        }
    }

    private static async Task<int> ParseAndInvokeAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        var options = new CliOptions();
        var root = Build(options, context);
        // A value starting with '@' (SMS text such as "@home: …") is content, not a response file.
        var parse = root.Parse(SandboxCommand.PassThrough(args), new ParserConfiguration { ResponseFileTokenReplacer = null });

        // No arguments and no template from the environment: the user wants to know how to start.
        if (args.Length == 0 && string.IsNullOrWhiteSpace(context.Environment(EnvironmentVariables.TemplateId)))
        {
            await root.Parse(["--help"]).InvokeAsync(new InvocationConfiguration { Output = context.Stderr, Error = context.Stderr }, cancellationToken);
            return ExitCodes.Usage;
        }

        // --help and -h win over every other problem on the line (a missing required option included).
        if (parse.Errors.Count > 0 && parse.Action is not HelpText)
        {
            var errors = ParseErrors.Describe(parse);
            foreach (var error in errors)
            {
                await context.Stderr.WriteLineAsync($"error: {error}");
            }

            await context.Stderr.WriteLineAsync(HelpText.Pointer(parse));
            if (AsksForJson(args))
            {
                await context.Stdout.WriteAsync(JsonRenderer.UsageError(string.Join("\n", errors)));
            }

            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration
        {
            Output = context.Stdout,
            Error = context.Stderr,
            EnableDefaultExceptionHandler = false,
        }, cancellationToken);
    }

    private static RootCommand Build(CliOptions options, CliContext context)
    {
        var root = new RootCommand("Approve NICE CXone messaging templates in one shot: fetch, check carrier compliance, approve, "
            + "register for A2P, configure the compliance webhook and publish an audit record.");
        AddAll(root, [options.Template, options.TemplateFile], options.ConnectionGroup,
            [options.WebhookUrl, options.WebhookSecretFile, options.OperatorId, options.DryRun], options.OutputGroup, [options.Quiet],
            options.SandboxGroup, [options.Concurrency, options.RateLimit], options.PatienceGroup, options.ComplianceGroup,
            [options.AuditFile, options.Junit, options.FailedFile]);
        options.RequireCompanions(root);
        options.Output.AcceptOnlyFromAmong("text", "json");
        options.LogFormat.AcceptOnlyFromAmong("text", "json");
        options.Auth.AcceptOnlyFromAmong([.. Config.AuthModes.All]);
        root.SetAction((parse, ct) => ApproveCommand.RunAsync(parse, options, context, ct));
        root.Subcommands.Add(ValidateCommand.Create(options, context));
        root.Subcommands.Add(SandboxCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(options, context));
        root.Subcommands.Add(WebhookCommand.Create(context));
        root.Subcommands.Add(ConfigCommand.Create(options, context));
        root.Subcommands.Add(AuthStatusCommand.Create(options, context));
        root.Subcommands.Add(CompletionCommand.Create());

        root.Subcommands.Add(HelpCommand.Create(context));
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Recursive = true;
            version.Action = new VersionText();
        }

        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction inner)
            {
                help.Action = new HelpText(inner, context);
            }
        }

        return root;
    }

    // From the raw arguments: after a parse error the parsed value may itself be the error (--output xml).
    private static bool AsksForJson(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if ((arg is "--output" or "-o") && i + 1 < args.Length && args[i + 1].Equals("json", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (arg.Equals("--output=json", StringComparison.OrdinalIgnoreCase) || arg.Equals("--output:json", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds every option of <paramref name="groups"/> to <paramref name="command"/>.</summary>
    public static void AddAll(Command command, params IEnumerable<Option>[] groups)
    {
        foreach (var option in groups.SelectMany(g => g))
        {
            command.Options.Add(option);
        }
    }

    private static string FirstLine(string text)
    {
        var newline = text.IndexOfAny(['\r', '\n']);
        return newline < 0 ? text : text[..newline];
    }
}
