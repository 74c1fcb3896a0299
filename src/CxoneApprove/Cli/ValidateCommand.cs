using System.CommandLine;
using System.CommandLine.Parsing;
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
    private sealed record Inputs(string? Content, string? From, string? File);

    public static Command Create(CliOptions options, CliContext context)
    {
        var content = new Option<string?>("--content") { Description = "Template text to check offline.", HelpName = "text" };
        var from = new Option<string?>("--from") { Description = "Sender address of --content (e.g. a short code).", HelpName = "address" };
        var file = new Option<string?>("--file")
        {
            Description = "A template as the API's GET returns it (JSON, WhatsApp fields included), checked offline; '-' reads stdin.",
            HelpName = "path",
        };
        var command = new Command("validate", "Check templates against the carrier rules (or Meta's, for WhatsApp) without approving anything.")
        {
            content, from, file,
        };
        CliApp.AddAll(command, [options.CheckTemplate, options.TemplateFile], options.TemplateShapeGroup, options.ComplianceGroup,
            options.OutputGroup, options.ConnectionGroup, options.SandboxGroup, options.PatienceGroup, [options.Junit]);
        options.Channel.AcceptOnlyFromAmong([.. TemplateVocabulary.Channels.Names]);
        options.Kind.AcceptOnlyFromAmong([.. TemplateVocabulary.Kinds.Names]);
        options.RequireCompanions(command);
        command.Validators.Add(result => Check(result, options, content, from));
        command.SetAction((parse, ct) => RunAsync(parse, options, context,
            new Inputs(parse.GetValue(content), parse.GetValue(from), parse.GetValue(file)), ct));
        return command;
    }

    // Mistakes visible on the command line alone, reported before anything runs.
    private static void Check(CommandResult result, CliOptions options, Option<string?> content, Option<string?> from)
    {
        if (result.GetResult(from) is not null && result.GetResult(content) is null)
        {
            result.AddError("--from needs --content: it names the sender of an inline template (a --file template carries its own)");
        }

        var online = result.GetResult(options.CheckTemplate) is not null || result.GetResult(options.TemplateFile) is not null;
        if (online && new Option[] { options.Channel, options.Kind, options.Locale }.FirstOrDefault(o => result.GetResult(o) is not null) is { } shape)
        {
            result.AddError($"{shape.Name} describes an offline template (--content or --file); a fetched template carries its own");
        }

        if (result.GetValue(options.Locale) is { } locale && !IsLanguageTag(locale))
        {
            result.AddError($"--locale \"{locale}\" is not a language tag such as en-US, es or fr_CA");
        }
    }

    private static async Task<int> RunAsync(ParseResult parse, CliOptions options, CliContext context, Inputs inputs, CancellationToken cancellationToken)
    {
        using var output = CommandOutput.Create(parse, options, context);
        try
        {
            var online = parse.GetValue(options.CheckTemplate) is { Length: > 0 } || parse.GetValue(options.TemplateFile) is not null;
            var modes = (online ? 1 : 0) + (inputs.Content is not null ? 1 : 0) + (inputs.File is not null ? 1 : 0);
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
            var compliance = SettingsResolver.Compliance(parse, options, context);
            var (template, origin) = inputs.File is { } path
                ? ReadTemplateFile(path, context)
                : (new TemplateDto { Id = "inline", Content = inputs.Content, FromAddress = inputs.From }, null);
            // The options say what an offline template is, over what its file says.
            template = template with
            {
                Channel = parse.GetValue(options.Channel) ?? template.Channel,
                Kind = parse.GetValue(options.Kind) ?? template.Kind,
                Locale = parse.GetValue(options.Locale) ?? template.Locale,
            };
            var result = ValidateOffline(template, inputs.File, origin, compliance, context.Time);
            if (!output.Settings.Json)
            {
                output.Stdout.Write(TextRenderer.Template(result, TextRenderer.UsesColor(context), output.Settings.ShowFix));
            }

            return TemplateRun.Report(parse, options, output, new RunResult(result.LatencyMs, [result]), context.Environment);
        }
        catch (UsageException ex)
        {
            return output.Usage(ex.Message);
        }
    }

    /// <summary>Validates a template in hand: the same validator the approve command uses, no I/O.</summary>
    private static TemplateResult ValidateOffline(TemplateDto template, string? file, ContentOrigin? origin, ComplianceOptions compliance, TimeProvider time)
    {
        var id = string.IsNullOrEmpty(template.Id) ? "inline" : template.Id;
        var message = TemplateMapping.ToMessageTemplate(template, out var problem)
            ?? throw new UsageException(file is null ? problem! : $"--file {file}: {problem}");
        if (message.Channel == MessageChannel.Sms && file is null && message.FromAddress is null)
        {
            throw new UsageException("--content needs --from <address> (the sender: a short code such as 12345), unless --channel whatsapp");
        }

        var check = ValidateStep.Check(message, compliance, time);
        var report = check.Report!;
        var steps = ApprovalSteps.Order.Select(name => name == StepName.Validate ? check.Result : StepResult.Skipped(name, "offline")).ToList();
        return new TemplateResult(id, report.Valid ? Outcome.Valid : Outcome.Invalid, report.Valid ? null : ErrorCategory.Validation,
            check.Result.LatencyMs, report, steps)
        {
            Checked = check.Checked! with { Origin = origin },
        };
    }

    private static (TemplateDto Template, ContentOrigin? Origin) ReadTemplateFile(string path, CliContext context)
    {
        var json = SettingsResolver.ReadUserFile(path, $"--file {path}", context);
        var template = ParseTemplate(path, json);
        // Standard input has no place to point at.
        return (template, path == "-" ? null : ContentPositions.Find(path, json, template.Content));
    }

    private static TemplateDto ParseTemplate(string path, string json)
    {
        const string Expected = "not a template as the API returns it (a JSON object with content and from_address)";
        try
        {
            using (JsonDocument.Parse(json))
            {
            }
        }
        catch (JsonException ex)
        {
            throw new UsageException($"--file {path} is {Expected}: it is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, column {(ex.BytePositionInLine ?? 0) + 1})");
        }

        try
        {
            return JsonSerializer.Deserialize(json, ApiJsonContext.Default.TemplateDto) ?? throw new UsageException($"--file {path} holds null, {Expected}");
        }
        catch (JsonException ex)
        {
            var key = ex.Path is { Length: > 2 } field && field.StartsWith("$.", StringComparison.Ordinal) ? field[2..] : null;
            throw new UsageException(key is null
                ? $"--file {path} is {Expected}"
                : $"--file {path}: \"{key}\" does not hold what the API sends there (line {(ex.LineNumber ?? 0) + 1})");
        }
    }

    // A BCP 47 tag, loosely: a language of 2-3 letters, then subtags of letters and digits ("es-US", "fr_CA", "zh-Hant-TW").
    private static bool IsLanguageTag(string locale)
    {
        var parts = locale.Split('-', '_');
        return parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }
}
