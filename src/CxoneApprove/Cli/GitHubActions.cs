using System.Globalization;
using System.Text;
using CxoneApprove.Compliance;
using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>
/// What GitHub Actions reads: a Markdown table appended to <c>$GITHUB_STEP_SUMMARY</c>, and <c>::error::</c> and
/// <c>::warning::</c> annotations when <c>GITHUB_ACTIONS=true</c>.
/// </summary>
internal static class GitHubActions
{
    /// <summary>The step summary file GitHub gave this job, when there is one.</summary>
    public static string? StepSummaryPath(Func<string, string?> environment) =>
        environment(EnvironmentVariables.GitHubStepSummary) is { Length: > 0 } path ? path : null;

    /// <summary>Appends the Markdown table to the step summary, when GitHub gave one; throws when it cannot be written.</summary>
    public static void AppendStepSummary(RunResult run, Func<string, string?> environment)
    {
        if (StepSummaryPath(environment) is { } path)
        {
            File.AppendAllText(path, StepSummary(run));
        }
    }

    /// <summary>
    /// Under GitHub Actions, annotations: an <c>::error::</c> per violation of a template the validator failed (with
    /// <c>file</c>, <c>line</c> and <c>col</c> when the template came from a file), a <c>::warning::</c> per validation
    /// warning, an <c>::error::</c> per template that failed otherwise, and a <c>::warning::</c> per step warning.
    /// </summary>
    public static void Annotate(RunResult run, Func<string, string?> environment, TextWriter stderr)
    {
        if (!string.Equals(environment(EnvironmentVariables.GitHubActions), "true", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var workspace = environment(EnvironmentVariables.GitHubWorkspace);
        // Workflow commands are read from stderr as well as stdout; stdout stays the JSON document's.
        foreach (var template in run.Templates)
        {
            var findings = CiFindings.Of(template);
            var failedValidation = findings.Any(f => f.Severity == RuleSeverity.Error);
            if (ExitCodes.Of(template) != ExitCodes.Success && !failedValidation)
            {
                stderr.WriteLine($"::error title={Title(template)}::{Escape($"{template.Id}: {WireNames.Of(template.Outcome)} (exit {ExitCodes.Of(template)}): {JunitReport.FailureMessage(template)}", property: false)}");
            }

            foreach (var finding in findings)
            {
                var command = finding.Severity == RuleSeverity.Error ? "error" : "warning";
                var place = finding.InFile is { } file
                    ? $"file={Escape(RelativeTo(workspace, file.Path), property: true)},line={file.Line},col={file.Column},"
                    : string.Empty;
                stderr.WriteLine($"::{command} {place}title={Title(template)}::{Escape($"{template.Id}: {finding.Label}: {finding.Message}", property: false)}");
            }

            foreach (var warning in Warnings(template))
            {
                stderr.WriteLine($"::warning title={Title(template)}::{Escape($"{template.Id}: {warning}", property: false)}");
            }
        }
    }

    private static string Title(TemplateResult template) => Escape($"cxone-approve {template.Id}", property: true);

    // GitHub places an annotation by the file's path in the repository; a path given absolute is made relative to it.
    private static string RelativeTo(string? workspace, string path) =>
        !string.IsNullOrEmpty(workspace) && Path.IsPathRooted(path) && Path.GetFullPath(path).StartsWith(Path.GetFullPath(workspace) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.GetRelativePath(workspace, path).Replace('\\', '/')
            : path;

    /// <summary>Each step of <paramref name="template"/> that ended in a warning, as one line.</summary>
    public static IEnumerable<string> Warnings(TemplateResult template) =>
        template.Steps.Where(s => s.Status == StepStatus.Warning).Select(s => $"{WireNames.Of(s.Name)} warning: {s.Error}");

    /// <summary>The Markdown table: template, outcome, exit code, latency, and what went wrong.</summary>
    public static string StepSummary(RunResult run)
    {
        var text = new StringBuilder();
        var exit = ExitCodes.Of(run);
        var warned = run.Templates.Count(t => t.HasWarnings);
        var mark = exit != ExitCodes.Success ? "❌" : warned > 0 ? "⚠️" : "✅";
        var warnings = warned == 0 ? "" : $", {warned} with warnings";
        text.Append(CultureInfo.InvariantCulture, $"### cxone-approve: {mark} exit {exit}, {run.Templates.Count} template(s){warnings} in {run.LatencyMs} ms\n\n");
        text.Append("| template | outcome | exit | latency (ms) | details |\n");
        text.Append("|---|---|---:|---:|---|\n");
        foreach (var template in run.Templates)
        {
            var code = ExitCodes.Of(template);
            var details = string.Join("; ", (code == ExitCodes.Success ? [] : new[] { JunitReport.FailureMessage(template) }).Concat(Warnings(template)));
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
