using System.CommandLine;
using System.Text.Json;
using CxoneApprove.Api;
using CxoneApprove.Compliance;
using CxoneApprove.Workflow;
using CxoneApprove.Workflow.Steps;

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
        CliApp.AddAll(command, [options.CheckTemplate, options.TemplateFile], options.ComplianceGroup, options.OutputGroup,
            options.ConnectionGroup, options.SandboxGroup, options.PatienceGroup, [options.Junit]);
        options.RequireCompanions(command);
        command.Validators.Add(result =>
        {
            if (result.GetResult(from) is not null && result.GetResult(content) is null)
            {
                result.AddError("--from needs --content: it names the sender of an inline template (a --file template carries its own)");
            }
        });
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
            var online = parse.GetValue(options.CheckTemplate) is { Length: > 0 } || parse.GetValue(options.TemplateFile) is not null;
            var modes = (online ? 1 : 0) + (content is not null ? 1 : 0) + (file is not null ? 1 : 0);
            if (modes != 1)
            {
                throw new UsageException("validate needs exactly one of: --template <id> (online), --content <text> --from <address>, or --file <path>");
            }

            if (online)
            {
                var ids = TemplateIds.Collect(parse.GetValue(options.CheckTemplate), null, parse.GetValue(options.TemplateFile), context.ReadFile);
                return await TemplateRun.RunAsync(parse, options, context, ids, output, dryRun: true, cancellationToken);
            }

            Preflight.Check([(parse.GetValue(options.Junit), "the --junit report"),
                (GitHubActions.StepSummaryPath(context.Environment), "the GitHub step summary (GITHUB_STEP_SUMMARY)")], []);
            var compliance = SettingsResolver.Compliance(parse, options);
            var (id, text, sender) = content is not null
                ? ("inline", content, from ?? throw new UsageException("--content needs --from <address> (the sender: a short code such as 12345)"))
                : ReadTemplateFile(file!, context);
            var result = ValidateOffline(id, text, sender, compliance, context.Time);
            var runResult = new RunResult(result.LatencyMs, [result]);
            if (!output.Settings.Json)
            {
                stdout.Write(TextRenderer.Template(result));
            }

            return TemplateRun.Report(parse, options, output, runResult, context.Environment);
        }
        catch (UsageException ex)
        {
            return output.Usage(ex.Message);
        }
    }

    /// <summary>Validates text in hand: the same validator the approve command uses, no I/O.</summary>
    private static TemplateResult ValidateOffline(string id, string? content, string? from, ComplianceOptions compliance, TimeProvider time)
    {
        var (report, validation) = ValidateStep.Check(new TemplateDto { Id = id, Content = content, FromAddress = from }, compliance, time);
        var steps = ApprovalSteps.Order.Select(name => name == StepName.Validate ? validation : StepResult.Skipped(name, "offline")).ToList();
        return new TemplateResult(id, report.Valid ? Outcome.Valid : Outcome.Invalid, report.Valid ? null : ErrorCategory.Validation,
            validation.LatencyMs, report, steps);
    }

    private static (string Id, string? Content, string? From) ReadTemplateFile(string path, CliContext context)
    {
        string json;
        try
        {
            json = context.ReadFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read --file {path}: {ex.Message}");
        }

        try
        {
            var template = JsonSerializer.Deserialize(json, ApiJsonContext.Default.TemplateDto)
                ?? throw new UsageException($"--file {path} holds null, not a template");
            return (string.IsNullOrEmpty(template.Id) ? "inline" : template.Id, template.Content, template.FromAddress);
        }
        catch (JsonException ex)
        {
            throw new UsageException($"--file {path} is not a template as the API returns it (JSON with content and from_address): {ex.Message.Split('.')[0]}");
        }
    }
}
