using System.Globalization;
using System.Text;
using CxoneApprove.Compliance;
using CxoneApprove.Workflow;
using CxoneApprove.Workflow.Steps;

namespace CxoneApprove.Cli;

/// <summary>The human report: a block per template (a line per step: name, status, ms) and a summary line.</summary>
internal static class TextRenderer
{
    // What the picture's lines are indented by under the validate step.
    private const string Indent = "    ";

    // Past this many characters a picture would bury its findings: they are listed instead.
    private const int MaxPictured = 4096;

    /// <summary>Whether output to the terminal may be coloured: stdout is one and <c>NO_COLOR</c> is not set.</summary>
    public static bool UsesColor(CliContext context) =>
        context.StdoutIsTerminal && string.IsNullOrEmpty(context.Environment(EnvironmentVariables.NoColor));

    /// <summary>
    /// One template's block, ending with a newline; statuses and findings coloured when <paramref name="color"/>. Under
    /// the validate step: the picture of the message when there is something to show, and with <paramref name="showFix"/>
    /// the content with its safe fixes applied.
    /// </summary>
    public static string Template(TemplateResult result, bool color = false, bool showFix = false)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{result.Id}: {WireNames.Words(result.Outcome)} in {result.LatencyMs} ms (exit {ExitCodes.Of(result)})\n");
        foreach (var step in result.Steps)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {WireNames.Of(step.Name),-13} {Paint(step.Status, $"{WireNames.Of(step.Status),-8}", color)} {step.LatencyMs,6} ms");
            if (step.Detail is { Length: > 0 } detail)
            {
                text.Append("  ").Append(detail);
            }

            text.Append('\n');
            if (step.Name == StepName.Validate && result.Validation is { } report)
            {
                AppendFindings(text, result.Checked, report, color);
                if (showFix && result.Checked is { } done)
                {
                    AppendFix(text, done, report);
                }

                if (report.Violations.Count > 0)
                {
                    continue;
                }
            }

            if (step.Error is { Length: > 0 } error)
            {
                text.Append(CultureInfo.InvariantCulture, $"      error: {error}\n");
            }

            if (step.Hint is { Length: > 0 } hint)
            {
                text.Append(CultureInfo.InvariantCulture, $"      hint:  {hint}\n");
            }
        }

        return text.ToString();
    }

    private static void AppendFindings(StringBuilder text, CheckedTemplate? done, ValidationReport report, bool color)
    {
        if (done is not null && Pictured(done, report))
        {
            // The picture's first line sums up the size, as the step's detail already does.
            foreach (var line in MessagePicture.Render(done.Template, done.Options, report, new PictureStyle(color)).Skip(1))
            {
                text.Append(Indent).Append(line).Append('\n');
            }

            return;
        }

        foreach (var violation in report.Violations)
        {
            text.Append(CultureInfo.InvariantCulture, $"      ✗ {violation.Rule}: {violation.Message}\n");
        }

        foreach (var warning in report.Warnings)
        {
            text.Append(CultureInfo.InvariantCulture, $"      ! {warning.Message}\n");
        }
    }

    // A picture when it shows something: a finding, or what the message costs (parts, extension characters, UCS-2, placeholders).
    private static bool Pictured(CheckedTemplate done, ValidationReport report)
    {
        var content = done.Template.Content ?? string.Empty;
        if (content.Length > MaxPictured)
        {
            return false;
        }

        var width = done.Options.PlaceholderWidth;
        return report.Violations.Count + report.Warnings.Count > 0
            || (done.Template.Channel == MessageChannel.Sms && CostNotes.For(content, SegmentCounter.Measure(content, width), width).Any());
    }

    // --fix: the content with the typographic fixes applied, and what the validator says of it then.
    private static void AppendFix(StringBuilder text, CheckedTemplate done, ValidationReport report)
    {
        if (report.FixedContent is not { } fixedContent)
        {
            text.Append(report.Violations.Count + report.Warnings.Count == 0
                ? "      fix: nothing to fix\n"
                : "      fix: nothing to fix safely; what is left changes words or meaning, so it is yours to decide\n");
            return;
        }

        var after = TemplateValidator.Validate(done.Template with { Content = fixedContent }, done.Options);
        var verdict = after.Valid ? "valid" : $"still not compliant: {string.Join(", ", after.Violations.Select(v => v.Rule).Distinct())}";
        text.Append(CultureInfo.InvariantCulture, $"      fixed (safe fixes applied; then {ValidateStep.Summary(done.Template, after)}, {verdict}):\n");
        foreach (var line in fixedContent.Split('\n'))
        {
            text.Append("      │ ").Append(line.TrimEnd('\r')).Append('\n');
        }
    }

    /// <summary>The closing line: counts per outcome, the run's latency and exit code.</summary>
    public static string Summary(RunResult run) => Summary(run, ExitCodes.Of(run));

    /// <summary>The closing line with the run's final exit code.</summary>
    public static string Summary(RunResult run, int exitCode)
    {
        var counts = Counts(run.Templates.GroupBy(t => t.Outcome).ToDictionary(g => g.Key, g => g.Count()));
        var warned = run.Templates.Count(t => t.HasWarnings);
        var warnings = warned == 0 ? "" : $", {warned} with warnings";
        return $"{counts}{warnings} — {run.Templates.Count} template{(run.Templates.Count == 1 ? "" : "s")} in {run.LatencyMs} ms, exit {exitCode}\n";
    }

    /// <summary>What ends the summary: each template that did not succeed, with its exit code; nothing when all did.</summary>
    public static string FailedIds(RunResult run)
    {
        var failed = FailedIdsFile.Failures(run);
        if (failed.Count == 0)
        {
            return "";
        }

        var width = failed.Max(t => t.Id.Length);
        var text = new StringBuilder("failed:\n");
        foreach (var template in failed)
        {
            text.Append("  ").Append(template.Id.PadRight(width)).Append(CultureInfo.InvariantCulture, $"  exit {ExitCodes.Of(template)}\n");
        }

        return text.ToString();
    }

    /// <summary>Counts per outcome in a fixed order: <c>2 approved, 1 invalid</c>.</summary>
    public static string Counts(IReadOnlyDictionary<Outcome, int> counts) =>
        string.Join(", ", Enum.GetValues<Outcome>().Where(counts.ContainsKey).Select(o => $"{counts[o]} {WireNames.Words(o)}"));

    private static string Paint(StepStatus status, string text, bool color)
    {
        if (!color)
        {
            return text;
        }

        var code = status switch
        {
            StepStatus.Ok => "32",
            StepStatus.Warning => "33",
            StepStatus.Failed => "31",
            _ => "2",
        };
        return $"\u001b[{code}m{text}\u001b[0m";
    }
}
