namespace CxoneApprove.Cli;

/// <summary>
/// Checks, before the first request, that every local file a run will write can be written, so that a run never
/// changes the server and then fails to keep its record or report. Unwritable: a usage error (exit 2) naming the path.
/// </summary>
internal static class Preflight
{
    /// <summary>Throws <see cref="UsageException"/> for the first output that cannot be written.</summary>
    public static void Check(IEnumerable<(string? Path, string What)> files, IEnumerable<(string? Path, string What)> directories)
    {
        foreach (var (path, what) in files)
        {
            if (!string.IsNullOrEmpty(path))
            {
                Probe(path, what, ProbeFile);
            }
        }

        foreach (var (path, what) in directories)
        {
            if (!string.IsNullOrEmpty(path))
            {
                Probe(path, what, ProbeDirectory);
            }
        }
    }

    private static void Probe(string path, string what, Action<string> probe)
    {
        try
        {
            probe(Path.GetFullPath(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write {what} {path}: {ex.Message.TrimEnd('.')}; nothing was sent to the server");
        }
    }

    // Opens the file for writing without changing it; a file that did not exist is created and removed again.
    private static void ProbeFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new IOException("it is a directory");
        }

        if (Path.GetDirectoryName(path) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        if (File.Exists(path))
        {
            try
            {
                using var existing = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            }
            catch (IOException ex) when ((ex.HResult & 0xFFFF) is 11 or 35 or 32 or 33)
            {
                // Locked by another run appending to it right now: it is writable.
            }

            return;
        }

        using (new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
        }

        File.Delete(path);
    }

    private static void ProbeDirectory(string path)
    {
        Directory.CreateDirectory(path);
        using var probe = new FileStream(Path.Combine(path, $".cxone-approve-probe-{Guid.NewGuid():N}"), FileMode.CreateNew,
            FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
    }
}
