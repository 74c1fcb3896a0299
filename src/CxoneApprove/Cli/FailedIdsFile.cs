using System.Globalization;
using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>
/// <c>--failed-file</c>: the ids of the templates that did not succeed, one a line, ready for <c>--template-file</c> on a
/// re-run (empty when all succeeded, so a stale list never survives). <see cref="Prepare"/> runs before any request: it
/// creates the temporary file beside the target, which proves the folder writable; <see cref="Commit"/> fills it and
/// renames it over the target, so a reader never sees half a list.
/// </summary>
internal sealed class FailedIdsFile : IDisposable
{
    private readonly string _path;
    private readonly string _temporary;
    private bool _committed;

    private FailedIdsFile(string path, string temporary)
    {
        _path = path;
        _temporary = temporary;
    }

    /// <summary>Checks that <paramref name="path"/> can be written; null without a path. Throws <see cref="UsageException"/>.</summary>
    public static FailedIdsFile? Prepare(string? path)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            var full = System.IO.Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                throw new UsageException($"--failed-file {path} is a folder; name a file");
            }

            var folder = System.IO.Path.GetDirectoryName(full)!;
            Directory.CreateDirectory(folder);
            var temporary = System.IO.Path.Combine(folder, string.Create(CultureInfo.InvariantCulture,
                $".{System.IO.Path.GetFileName(full)}.{Environment.ProcessId}.{Random.Shared.Next():x8}.tmp"));
            File.WriteAllBytes(temporary, []);
            return new FailedIdsFile(full, temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write --failed-file {path}: {ex.Message}");
        }
    }

    /// <summary>The file the list goes to.</summary>
    public string Path => _path;

    /// <summary>Writes the failed ids of <paramref name="run"/> in input order; throws when the file cannot be written.</summary>
    public void Commit(RunResult run)
    {
        File.WriteAllText(_temporary, string.Concat(Failures(run).Select(t => t.Id + "\n")));
        File.Move(_temporary, _path, overwrite: true);
        _committed = true;
    }

    /// <summary>The templates of <paramref name="run"/> that did not succeed (exit code other than 0), in input order.</summary>
    public static IReadOnlyList<TemplateResult> Failures(RunResult run) => [.. run.Templates.Where(t => ExitCodes.Of(t) != ExitCodes.Success)];

    /// <summary>Removes the temporary file when the list was never committed (a usage error, Ctrl+C, a crash).</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            try
            {
                File.Delete(_temporary);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Best effort: a stray empty temporary file harms nobody.
            }
        }
    }
}
