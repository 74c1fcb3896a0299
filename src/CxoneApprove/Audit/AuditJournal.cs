using System.Globalization;
using System.Text;
using System.Text.Json;

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

    /// <summary>Records a template's outcome (and its audit record, published or not) as one new line.</summary>
    public JournalEntry AppendOutcome(OutcomeRecord outcome, DateTimeOffset at)
    {
        using var audit = outcome.AuditBody is null ? null : JsonDocument.Parse(outcome.AuditBody);
        var entry = new JournalEntry
        {
            Kind = JournalKind.Outcome,
            // One id per line: the idempotency key may repeat across re-runs of the same approval, on purpose.
            RecordId = Guid.NewGuid().ToString("N"),
            RecordedAt = Timestamp(at),
            TemplateId = outcome.TemplateId,
            Outcome = outcome.Outcome,
            ExitCode = outcome.ExitCode,
            BaseUrl = outcome.BaseUrl,
            IdempotencyKey = outcome.IdempotencyKey,
            Audit = audit?.RootElement.Clone(),
            Steps = [.. outcome.Steps],
            Published = outcome.Published,
        };
        Append(entry);
        return entry;
    }

    /// <summary>Records that the audit record of <paramref name="outcome"/> has now been published.</summary>
    public void MarkPublished(JournalEntry outcome, DateTimeOffset at) => Append(new JournalEntry
    {
        Kind = JournalKind.Published,
        RecordId = outcome.RecordId,
        RecordedAt = Timestamp(at),
        TemplateId = outcome.TemplateId,
        BaseUrl = outcome.BaseUrl,
        Published = true,
    });

    /// <summary>
    /// Appends <paramref name="entry"/> as one line and flushes it to disk, holding the file's exclusive lock, so two
    /// processes never interleave their records. A last line left without its newline (a crash while writing) is
    /// ended first, so it never swallows the next record.
    /// </summary>
    private void Append(JournalEntry entry)
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, AuditJsonContext.Default.JournalEntry) + "\n");
        lock (_gate)
        {
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            using var stream = JournalFile.Open(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite);
            if (stream.Length > 0)
            {
                stream.Seek(-1, SeekOrigin.End);
                if (stream.ReadByte() != '\n')
                {
                    stream.WriteByte((byte)'\n');
                }
            }

            stream.Seek(0, SeekOrigin.End);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>
    /// Every entry in the journal, in order; lines that cannot be read are returned as errors, except an unfinished
    /// last line (a crash while writing), which is skipped.
    /// </summary>
    public (IReadOnlyList<JournalEntry> Entries, IReadOnlyList<string> Errors) Read()
    {
        var entries = new List<JournalEntry>();
        var errors = new List<string>();
        if (!File.Exists(Path))
        {
            return (entries, errors);
        }

        string text;
        using (var stream = JournalFile.Open(Path, FileMode.Open, FileAccess.Read))
        using (var reader = new StreamReader(stream, Encoding.UTF8))
        {
            text = reader.ReadToEnd();
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                if (JsonSerializer.Deserialize(line, AuditJsonContext.Default.JournalEntry) is { } entry)
                {
                    entries.Add(entry);
                }
            }
            catch (JsonException ex) when (i < lines.Length - 1)
            {
                errors.Add($"{Path}:{i + 1}: unreadable line ({ex.Message.Split('.')[0]})");
            }
            catch (JsonException)
            {
                // The last line has no newline: a write that a crash cut short. Its record was never reported as kept.
            }
        }

        return (entries, errors);
    }

    /// <summary>Outcome entries with a remote record that no later line marks as published.</summary>
    public static IReadOnlyList<JournalEntry> Unpublished(IReadOnlyList<JournalEntry> entries)
    {
        var published = entries.Where(e => e.Kind == JournalKind.Published || (e.Kind == JournalKind.Outcome && e.Published))
            .Select(e => e.RecordId).ToHashSet(StringComparer.Ordinal);
        return [.. entries.Where(e => e.Kind == JournalKind.Outcome && e.Audit is not null && !published.Contains(e.RecordId))];
    }

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
