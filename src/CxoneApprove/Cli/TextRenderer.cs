using System.Globalization;
using System.Text;
using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>The human report: a block per template (a line per step: name, status, ms) and a summary line.</summary>
internal static class TextRenderer
{
    /// <summary>One template's block, ending with a newline; statuses coloured when <paramref name="color"/>.</summary>
    public static string Template(TemplateResult result, bool color = false)
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
                foreach (var violation in report.Violations)
                {
                    text.Append(CultureInfo.InvariantCulture, $"      ✗ {violation.Rule}: {violation.Message}\n");
                }

                foreach (var warning in report.Warnings)
                {
                    text.Append(CultureInfo.InvariantCulture, $"      ! {warning.Message}\n");
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
