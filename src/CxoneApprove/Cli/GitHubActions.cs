using System.Globalization;
using System.Text;
using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>
/// What GitHub Actions reads: a Markdown table appended to <c>$GITHUB_STEP_SUMMARY</c>, and <c>::error::</c>
/// annotations for failed templates when <c>GITHUB_ACTIONS=true</c>.
/// </summary>
internal static class GitHubActions
{
    /// <summary>Writes whatever the environment asks for; a summary that cannot be written is a warning only.</summary>
    public static void Report(RunResult run, Func<string, string?> environment, TextWriter stderr)
    {
        if (environment(EnvironmentVariables.GitHubStepSummary) is { Length: > 0 } summaryPath)
        {
            try
            {
                File.AppendAllText(summaryPath, StepSummary(run));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"warning: cannot append to GITHUB_STEP_SUMMARY {summaryPath}: {ex.Message}");
            }
        }

        if (string.Equals(environment(EnvironmentVariables.GitHubActions), "true", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var template in run.Templates.Where(t => ExitCodes.Of(t) != ExitCodes.Success))
            {
                // Workflow commands are read from stderr as well as stdout; stdout stays the JSON document's.
                stderr.WriteLine($"::error title=cxone-approve {Escape(template.Id, property: true)}::{Escape($"{template.Id}: {WireNames.Of(template.Outcome)} (exit {ExitCodes.Of(template)}): {JunitReport.FailureMessage(template)}", property: false)}");
            }
        }
    }

    /// <summary>The Markdown table: template, outcome, exit code, latency, and what went wrong.</summary>
    public static string StepSummary(RunResult run)
    {
        var text = new StringBuilder();
        var exit = ExitCodes.Of(run);
        text.Append(CultureInfo.InvariantCulture, $"### cxone-approve: {(exit == ExitCodes.Success ? "✅" : "❌")} exit {exit}, {run.Templates.Count} template(s) in {run.LatencyMs} ms\n\n");
        text.Append("| template | outcome | exit | latency (ms) | details |\n");
        text.Append("|---|---|---:|---:|---|\n");
        foreach (var template in run.Templates)
        {
            var code = ExitCodes.Of(template);
            var details = code == ExitCodes.Success ? "" : JunitReport.FailureMessage(template);
            text.Append(CultureInfo.InvariantCulture,
                $"| `{Cell(template.Id)}` | {WireNames.Of(template.Outcome)} | {code} | {template.LatencyMs} | {Cell(details)} |\n");
        }

        return text.Append('\n').ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ").Replace("`", "'", StringComparison.Ordinal);

    private static string Escape(string text, bool property)
    {
        text = text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? text.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : text;
    }
}
