namespace CxoneApprove.Audit;

/// <summary>
/// Opens the journal under the operating system's file lock: exclusive for writers, shared for readers (FileShare.None
/// is an exclusive flock on Unix and a sharing mode on Windows). Another process holding it means a short wait.
/// </summary>
internal static class JournalFile
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    /// <summary>Opens <paramref name="path"/>, waiting while another process holds the lock; other failures are thrown as they are.</summary>
    public static FileStream Open(string path, FileMode mode, FileAccess access)
    {
        var options = new FileStreamOptions
        {
            Mode = mode,
            Access = access,
            Share = access == FileAccess.Read ? FileShare.Read : FileShare.None,
        };
        if (!OperatingSystem.IsWindows() && mode != FileMode.Open)
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var waited = TimeSpan.Zero;
        var pause = TimeSpan.FromMilliseconds(1);
        while (true)
        {
            try
            {
                return new FileStream(path, options);
            }
            catch (IOException ex) when (IsLocked(ex) && waited < MaxWait)
            {
                // Another process is writing a line: that takes microseconds, so wait a moment and try again.
                Thread.Sleep(pause);
                waited += pause;
                pause = TimeSpan.FromMilliseconds(Math.Min(50, pause.TotalMilliseconds * 2));
            }
        }
    }

    // EWOULDBLOCK/EAGAIN on Unix; ERROR_SHARING_VIOLATION or ERROR_LOCK_VIOLATION on Windows.
    private static bool IsLocked(IOException ex) => (ex.HResult & 0xFFFF) is 11 or 35 or 32 or 33;
}
