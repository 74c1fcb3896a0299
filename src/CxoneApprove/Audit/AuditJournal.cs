using System.Text;
using System.Text.Json;
using CxoneApprove.Api;

namespace CxoneApprove.Audit;

/// <summary>
/// The local, append-only audit journal (JSON Lines). Each line is written and flushed to disk before the
/// tool reports the outcome it records, so an audit record that could not be published is never lost.
/// </summary>
internal sealed class AuditJournal
{
    private readonly Lock _gate = new();

    public AuditJournal(string path) => Path = path;

    /// <summary>The journal file.</summary>
    public string Path { get; }

    /// <summary>The default journal: <c>$XDG_STATE_HOME/cxone-approve/audit.jsonl</c>, else under <c>~/.local/state</c>.</summary>
    public static string DefaultPath(Func<string, string?> environment, string fileName = "audit.jsonl") =>
        System.IO.Path.Combine(StateDirectory(environment), fileName);

    /// <summary>The tool's state directory (XDG Base Directory specification).</summary>
    public static string StateDirectory(Func<string, string?> environment)
    {
        var state = environment("XDG_STATE_HOME");
        if (string.IsNullOrWhiteSpace(state) || !System.IO.Path.IsPathRooted(state))
        {
            var home = environment("HOME");
            if (string.IsNullOrWhiteSpace(home))
            {
                home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            }

            state = System.IO.Path.Combine(home, ".local", "state");
        }

        return System.IO.Path.Combine(state, "cxone-approve");
    }

    /// <summary>Appends <paramref name="entry"/> as one line and flushes it to disk.</summary>
    public void Append(JournalEntry entry)
    {
        var line = JsonSerializer.Serialize(entry, CxoneJsonContext.Default.JournalEntry) + "\n";
        var bytes = Encoding.UTF8.GetBytes(line);
        lock (_gate)
        {
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.ReadWrite };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var stream = new FileStream(Path, options);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>Every entry in the journal, in order; lines that cannot be read are returned as errors.</summary>
    public (IReadOnlyList<JournalEntry> Entries, IReadOnlyList<string> Errors) Read()
    {
        var entries = new List<JournalEntry>();
        var errors = new List<string>();
        if (!File.Exists(Path))
        {
            return (entries, errors);
        }

        var number = 0;
        foreach (var line in File.ReadLines(Path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                if (JsonSerializer.Deserialize(line, CxoneJsonContext.Default.JournalEntry) is { } entry)
                {
                    entries.Add(entry);
                }
            }
            catch (JsonException ex)
            {
                errors.Add($"{Path}:{number}: unreadable line ({ex.Message.Split('.')[0]})");
            }
        }

        return (entries, errors);
    }

    /// <summary>Outcome entries with a remote record that no later line marks as published.</summary>
    public static IReadOnlyList<JournalEntry> Unpublished(IReadOnlyList<JournalEntry> entries)
    {
        var published = entries.Where(e => e.Kind == JournalEntry.PublishedKind || (e.Kind == JournalEntry.OutcomeKind && e.Published))
            .Select(e => e.RecordId).ToHashSet(StringComparer.Ordinal);
        return [.. entries.Where(e => e.Kind == JournalEntry.OutcomeKind && e.Audit is not null && !published.Contains(e.RecordId))];
    }
}
