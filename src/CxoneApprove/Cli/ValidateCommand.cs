using System.CommandLine;
using System.Text.Json;
using CxoneApprove.Api;
using CxoneApprove.Compliance;
using CxoneApprove.Http;
using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>
/// <c>validate</c>: the compliance check alone. <c>--content/--from</c> and <c>--file</c> work offline (no credentials,
/// no network); <c>--template</c> fetches (token and fetch only). Same JSON document as approve; exit 0 valid, 3 invalid.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliOptions options, CliContext context)
    {
        var content = new Option<string?>("--content") { Description = "Template text to check offline.", HelpName = "text" };
        var from = new Option<string?>("--from") { Description = "Sender address of --content (e.g. a short code).", HelpName = "address" };
        var file = new Option<string?>("--file")
        {
            Description = "A template as the API's GET returns it (JSON), checked offline; '-' reads stdin.",
            HelpName = "path",
        };
        var command = new Command("validate", "Check templates against the carrier rules without approving anything.")
        {
            content, from, file,
        };
        CliApp.AddAll(command, [options.Template, options.TemplateFile], options.ComplianceGroup, options.OutputGroup,
            options.ConnectionGroup, options.SandboxGroup, options.PatienceGroup, [options.Junit]);
        command.SetAction((parse, ct) => RunAsync(parse, options, context, parse.GetValue(content), parse.GetValue(from), parse.GetValue(file), ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CliOptions options, CliContext context, string? content, string? from,
        string? file, CancellationToken cancellationToken)
    {
        using var output = CommandOutput.Create(parse, options, context);
        var (stdout, stderr) = (output.Stdout, output.Stderr);
        try
        {
            var online = parse.GetValue(options.Template) is { Length: > 0 } || parse.GetValue(options.TemplateFile) is not null;
            var modes = (online ? 1 : 0) + (content is not null ? 1 : 0) + (file is not null ? 1 : 0);
            if (modes != 1)
            {
                throw new UsageException("validate needs exactly one of: --template <id> (online), --content <text> --from <address>, or --file <path>");
            }

            if (online)
            {
                var ids = TemplateIds.Collect(parse.GetValue(options.Template), null, parse.GetValue(options.TemplateFile), File.ReadAllText);
                var run = await ApproveCommand.RunTemplatesAsync(parse, options, context, ids, output, dryRun: true, cancellationToken);
                return run.ExitCode;
            }

            var compliance = SettingsResolver.Compliance(parse, options);
            var (id, text, sender) = content is not null
                ? ("inline", content, from ?? throw new UsageException("--content needs --from <address> (the sender: a short code such as 12345)"))
                : ReadTemplateFile(file!, context);
            var result = ValidateOffline(id, text, sender, compliance, context.Time);
            var runResult = new RunResult(result.ExitCode == ExitCodes.Success, result.ExitCode, result.LatencyMs, [result]);
            stdout.Write(output.Settings.Json ? JsonRenderer.Render(runResult) : TextRenderer.Template(result) + TextRenderer.Summary(runResult));
            if (parse.GetValue(options.Junit) is { } junit)
            {
                JunitReport.Write(junit, runResult, stderr);
            }

            GitHubActions.Report(runResult, context.Environment, stderr);

            output.Flush();
            return result.ExitCode;
        }
        catch (UsageException ex)
        {
            return output.Usage(ex.Message);
        }
    }

    /// <summary>Validates text in hand: the same validator the approve command uses, no I/O.</summary>
    public static TemplateResult ValidateOffline(string id, string? content, string? from, ComplianceOptions compliance, TimeProvider time)
    {
        var started = time.GetTimestamp();
        var report = TemplateValidator.Validate(content, from, compliance);
        var elapsed = (long)time.GetElapsedTime(started).TotalMilliseconds;
        var steps = new StepLog();
        steps.Add(ValidationStep.From(report, elapsed));
        return new TemplateResult(id, report.Valid ? Outcomes.Valid : Outcomes.Invalid, report.Valid ? ExitCodes.Success : ExitCodes.Invalid,
            elapsed, report, steps.Complete("offline"));
    }

    private static (string Id, string? Content, string? From) ReadTemplateFile(string path, CliContext context)
    {
        string json;
        try
        {
            json = path == "-" ? context.Stdin.ReadToEnd() : File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read --file {path}: {ex.Message}");
        }

        try
        {
            var template = JsonSerializer.Deserialize(json, CxoneJsonContext.Default.TemplateDto)
                ?? throw new UsageException($"--file {path} holds null, not a template");
            return (string.IsNullOrEmpty(template.Id) ? "inline" : template.Id, template.Content, template.FromAddress);
        }
        catch (JsonException ex)
        {
            throw new UsageException($"--file {path} is not a template as the API returns it (JSON with content and from_address): {ex.Message.Split('.')[0]}");
        }
    }
}
