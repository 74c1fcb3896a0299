using CxoneApprove.Api;
using CxoneApprove.Audit;

namespace CxoneApprove.Tests.Audit;

public sealed class AuditJournalTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("journal-").FullName;

    [Fact]
    public void Append_WritesOneLinePerEntryAndNeverRewrites()
    {
        var journal = new AuditJournal(Path.Combine(_directory, "nested", "audit.jsonl"));

        journal.Append(Outcome("r1", published: false));
        var first = File.ReadAllText(journal.Path);
        journal.Append(new JournalEntry { Kind = JournalEntry.PublishedKind, RecordId = "r1", RecordedAt = "2026-11-27T10:00:01Z" });

        var text = File.ReadAllText(journal.Path);
        Assert.StartsWith(first, text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Unpublished_IsWhatNoLaterLineMarksAsPublished()
    {
        var journal = new AuditJournal(Path.Combine(_directory, "audit.jsonl"));
        journal.Append(Outcome("r1", published: false));
        journal.Append(Outcome("r2", published: true));
        journal.Append(Outcome("r3", published: false));
        journal.Append(new JournalEntry { Kind = JournalEntry.PublishedKind, RecordId = "r3", RecordedAt = "2026-11-27T10:00:01Z" });

        var (entries, errors) = journal.Read();

        Assert.Empty(errors);
        Assert.Equal(["r1"], AuditJournal.Unpublished(entries).Select(e => e.RecordId));
    }

    [Fact]
    public void Read_ABrokenLine_IsReportedAndTheRestIsKept()
    {
        var journal = new AuditJournal(Path.Combine(_directory, "audit.jsonl"));
        journal.Append(Outcome("r1", published: false));
        File.AppendAllText(journal.Path, "{not json\n");
        journal.Append(Outcome("r2", published: false));

        var (entries, errors) = journal.Read();

        Assert.Equal(2, entries.Count);
        Assert.Single(errors);
    }

    [Fact]
    public void StateDirectory_FollowsXdgThenHome()
    {
        Assert.Equal(Path.Combine("/xdg", "cxone-approve"), AuditJournal.StateDirectory(n => n == "XDG_STATE_HOME" ? "/xdg" : "/home/u"));
        Assert.Equal(Path.Combine("/home/u", ".local", "state", "cxone-approve"), AuditJournal.StateDirectory(n => n == "HOME" ? "/home/u" : null));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static JournalEntry Outcome(string id, bool published) => new()
    {
        Kind = JournalEntry.OutcomeKind,
        RecordId = id,
        RecordedAt = "2026-11-27T10:00:00Z",
        TemplateId = "tpl",
        Outcome = "approved",
        ExitCode = 0,
        Audit = new AuditRecord { Timestamp = "2026-11-27T10:00:00.000Z", TemplateId = "tpl", Status = "APPROVED", LatencyMs = 5, CarrierReady = true },
        Published = published,
    };
}
