namespace CxoneApprove.Cli.Config;

/// <summary>
/// Secret files named in a profile. Like ssh with a private key, the tool refuses one that its group or others may read
/// or write: a secret that others can read is no longer a secret, and saying so early beats a leak found late.
/// </summary>
internal static class SecretFile
{
    private const UnixFileMode OpenToOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>The secret in <paramref name="path"/> (one trailing newline dropped), refused when the file is open to others.</summary>
    public static string Read(string path, string key, CliContext context)
    {
        var full = ExpandHome(path, context.Environment);
        if (Problem(full) is { } problem)
        {
            throw new UsageException($"{key} {full} {problem}");
        }

        return SettingsResolver.ReadSecret(full, key, context)!;
    }

    /// <summary>Why <paramref name="path"/> may not hold a secret, or null when it may (or does not exist yet: reading it will say so).</summary>
    public static string? Problem(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path))
        {
            return null;
        }

        var mode = File.GetUnixFileMode(path);
        return (mode & OpenToOthers) == 0
            ? null
            : $"may be read by others (mode {Convert.ToString((int)mode & 0x1FF, 8).PadLeft(4, '0')}); make it private with: chmod 600 {path}";
    }

    /// <summary><paramref name="path"/> with a leading <c>~/</c> replaced by the home folder.</summary>
    public static string ExpandHome(string path, Func<string, string?> environment)
    {
        if (path != "~" && !path.StartsWith("~/", StringComparison.Ordinal))
        {
            return path;
        }

        var home = environment("HOME");
        if (string.IsNullOrWhiteSpace(home))
        {
            home = System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);
        }

        return path.Length == 1 ? home : Path.Combine(home, path[2..]);
    }
}
