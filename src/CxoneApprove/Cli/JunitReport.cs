using System.Globalization;
using System.Xml;
using CxoneApprove.Compliance;
using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>
/// A JUnit XML report for CI systems: a testcase per template; a template that did not succeed is a failure, whose
/// message names each violation with its rule id and place and whose text lists every finding, warnings included.
/// </summary>
internal static class JunitReport
{
    /// <summary>Writes the report to <paramref name="path"/>, whole or not at all (a temporary file, then a rename).</summary>
    public static void Write(string path, RunResult run)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = full + $".{Guid.NewGuid():N}.tmp";
        try
        {
            using (var writer = XmlWriter.Create(temporary, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) }))
            {
                Write(writer, run);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static void Write(XmlWriter writer, RunResult run)
    {
        var failures = run.Templates.Count(t => ExitCodes.Of(t) != ExitCodes.Success && t.Outcome != Outcome.Cancelled);
        var skipped = run.Templates.Count(t => t.Outcome == Outcome.Cancelled);
        writer.WriteStartDocument();
        writer.WriteStartElement("testsuites");
        writer.WriteStartElement("testsuite");
        writer.WriteAttributeString("name", "cxone-approve");
        writer.WriteAttributeString("tests", Invariant(run.Templates.Count));
        writer.WriteAttributeString("failures", Invariant(failures));
        writer.WriteAttributeString("errors", "0");
        writer.WriteAttributeString("skipped", Invariant(skipped));
        writer.WriteAttributeString("time", Seconds(run.LatencyMs));
        foreach (var template in run.Templates)
        {
            writer.WriteStartElement("testcase");
            writer.WriteAttributeString("classname", "cxone-approve");
            writer.WriteAttributeString("name", template.Id);
            writer.WriteAttributeString("time", Seconds(template.LatencyMs));
            if (template.Checked?.Origin is { } origin)
            {
                writer.WriteAttributeString("file", origin.Path);
            }

            if (template.Outcome == Outcome.Cancelled)
            {
                writer.WriteStartElement("skipped");
                writer.WriteAttributeString("message", "cancelled");
                writer.WriteEndElement();
            }
            else if (ExitCodes.Of(template) != ExitCodes.Success)
            {
                writer.WriteStartElement("failure");
                writer.WriteAttributeString("type", WireNames.Of(template.Outcome));
                writer.WriteAttributeString("message", FailureMessage(template));
                writer.WriteString(FailureDetail(template));
                writer.WriteEndElement();
            }

            writer.WriteStartElement("system-out");
            writer.WriteString(TextRenderer.Template(template));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>One line saying why a template failed: its violations with their places, else its failed step's error.</summary>
    public static string FailureMessage(TemplateResult template)
    {
        var errors = CiFindings.Of(template).Where(f => f.Severity == RuleSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            return string.Join("; ", errors.Select(f => $"{f.Label}: {f.Message}"));
        }

        var failed = template.Steps.FirstOrDefault(s => s.Status == StepStatus.Failed);
        return failed?.Error ?? $"{WireNames.Of(template.Outcome)} (exit {ExitCodes.Of(template)})";
    }

    // A line per finding (severity, rule, place, message, source) for a template the validator failed; else the failed step.
    private static string FailureDetail(TemplateResult template)
    {
        var findings = CiFindings.Of(template);
        if (findings.Any(f => f.Severity == RuleSeverity.Error))
        {
            return string.Concat(findings.Select(f =>
                $"{(f.Severity == RuleSeverity.Error ? "error" : "warning")} {f.Label}: {f.Message}{(f.Source is null ? "" : $" ({f.Source})")}\n"));
        }

        var failed = template.Steps.FirstOrDefault(s => s.Status == StepStatus.Failed);
        return failed is null ? "" : $"step {WireNames.Of(failed.Name)}: {failed.Error}\nhint: {failed.Hint}";
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(long ms) => (ms / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
}
