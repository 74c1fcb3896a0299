using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Text;

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
            await context.Stderr.WriteLineAsync($"error: unexpected internal error ({ex.GetType().Name}): {FirstLine(ex.Message)}");
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
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await context.Stderr.WriteLineAsync($"error: {error.Message}");
            }

            await context.Stderr.WriteLineAsync("Run 'cxone-approve --help' for usage.");
            if (AsksForJson(args))
            {
                await context.Stdout.WriteAsync(JsonRenderer.UsageError(string.Join("\n", parse.Errors.Select(e => e.Message))));
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
        options.Output.AcceptOnlyFromAmong("text", "json");
        options.LogFormat.AcceptOnlyFromAmong("text", "json");
        root.SetAction((parse, ct) => ApproveCommand.RunAsync(parse, options, context, ct));
        root.Subcommands.Add(ValidateCommand.Create(options, context));
        root.Subcommands.Add(SandboxCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(options, context));
        root.Subcommands.Add(WebhookCommand.Create(context));

        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Recursive = true;
        }

        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction inner)
            {
                help.Action = new HelpWithEpilog(inner);
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

    /// <summary>The environment variables and exit codes, generated from their tables, and a first command to try.</summary>
    private static string Epilog()
    {
        var text = new StringBuilder("\nEnvironment variables (options win):\n");
        var width = EnvironmentVariables.Settings.Max(v => v.Name.Length) + 2;
        foreach (var (name, meaning) in EnvironmentVariables.Settings)
        {
            text.Append("  ").Append(name.PadRight(width)).Append(meaning).Append('\n');
        }

        text.Append("\nExit codes:\n");
        foreach (var (code, meaning) in ExitCodes.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {code,3}  {meaning}\n");
        }

        return text.Append("\nTry it with no setup:  cxone-approve --sandbox -t demo-welcome\n").ToString();
    }

    /// <summary>The standard help, then environment variables and exit codes (root command only).</summary>
    private sealed class HelpWithEpilog(HelpAction inner) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var exit = inner.Invoke(parseResult);
            if (parseResult.CommandResult.Command is RootCommand)
            {
                parseResult.InvocationConfiguration.Output.Write(Epilog());
            }

            return exit;
        }
    }
}
