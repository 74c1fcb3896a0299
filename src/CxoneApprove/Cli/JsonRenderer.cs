using System.Text.Json;
using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>The JSON document of <c>--output json</c>: the only thing on stdout.</summary>
internal static class JsonRenderer
{
    private static readonly CliJsonContext Indented = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Render(RunResult run) => Render(RunDocument.Of(run));

    /// <summary>The document of <paramref name="run"/> with the run's final exit code and, when reports failed, why.</summary>
    public static string Render(RunResult run, int exitCode, string? error) =>
        Render(RunDocument.Of(run) with { Ok = exitCode == ExitCodes.Success, ExitCode = exitCode, Error = error });

    /// <summary>The journal's records, for <c>audit show --output json</c>.</summary>
    public static string Render(List<Audit.JournalEntry> entries) => JsonSerializer.Serialize(entries, Indented.ListJournalEntry) + "\n";

    /// <summary>The document of a run that could not start (usage error, exit 2).</summary>
    public static string UsageError(string message) =>
        Render(new RunDocument(false, ExitCodes.Usage, 0, []) { Error = message });

    private static string Render(RunDocument document) => JsonSerializer.Serialize(document, Indented.RunDocument) + "\n";
}
