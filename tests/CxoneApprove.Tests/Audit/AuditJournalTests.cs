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

        var outcome = journal.AppendOutcome(Outcome(published: false), At);
        var first = File.ReadAllText(journal.Path);
        journal.MarkPublished(outcome, At.AddSeconds(1));

        var text = File.ReadAllText(journal.Path);
        Assert.StartsWith(first, text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Unpublished_IsWhatNoLaterLineMarksAsPublished()
    {
        var journal = new AuditJournal(Path.Combine(_directory, "audit.jsonl"));
        var r1 = journal.AppendOutcome(Outcome(published: false), At);
        journal.AppendOutcome(Outcome(published: true), At);
        var r3 = journal.AppendOutcome(Outcome(published: false), At);
        journal.MarkPublished(r3, At.AddSeconds(1));

        var (entries, errors) = journal.Read();

        Assert.Empty(errors);
        Assert.Equal([r1.RecordId], AuditJournal.Unpublished(entries).Select(e => e.RecordId));
    }

    [Fact]
    public void Read_ABrokenLine_IsReportedAndTheRestIsKept()
    {
        var journal = new AuditJournal(Path.Combine(_directory, "audit.jsonl"));
        journal.AppendOutcome(Outcome(published: false), At);
        File.AppendAllText(journal.Path, "{not json\n");
        journal.AppendOutcome(Outcome(published: false), At);

        var (entries, errors) = journal.Read();

        Assert.Equal(2, entries.Count);
        Assert.Single(errors);
    }

    [Fact]
    public void TornLastLine_IsSkippedOnRead_AndNeverSwallowsTheNextRecord()
    {
        var journal = new AuditJournal(Path.Combine(_directory, "audit.jsonl"));
        journal.AppendOutcome(Outcome(published: true), At);
        File.AppendAllText(journal.Path, "{\"kind\":\"outcome\",\"record_id\":\"cut-sho");

        var (before, beforeErrors) = journal.Read();
        var next = journal.AppendOutcome(Outcome(published: false), At);
        var (after, afterErrors) = journal.Read();

        Assert.Single(before);
        Assert.Empty(beforeErrors);
        Assert.Equal(2, after.Count);
        Assert.Equal(next.RecordId, after[^1].RecordId);
        Assert.Single(afterErrors);
    }

    [Fact]
    public async Task TwoWritersAtOnce_FiftyRecordsEach_TenTimesOver_KeepEveryRecordWhole()
    {
        for (var round = 0; round < 10; round++)
        {
            var path = Path.Combine(_directory, $"shared-{round}.jsonl");
            // Two journals on one file: two locks, as two processes would have.
            var writers = Enumerable.Range(0, 2).Select(_ => new AuditJournal(path)).ToList();

            await Task.WhenAll(writers.Select(w => Task.Run(() =>
            {
                for (var i = 0; i < 50; i++)
                {
                    w.AppendOutcome(Outcome(published: false), At);
                }
            }, TestContext.Current.CancellationToken)));

            var (entries, errors) = writers[0].Read();
            Assert.Empty(errors);
            Assert.Equal(100, entries.Count);
            Assert.Equal(100, File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
    }

    [Fact]
    public void StateDirectory_FollowsXdgThenHome()
    {
        Assert.Equal(Path.Combine("/xdg", "cxone-approve"), AuditJournal.StateDirectory(n => n == "XDG_STATE_HOME" ? "/xdg" : "/home/u"));
        Assert.Equal(Path.Combine("/home/u", ".local", "state", "cxone-approve"), AuditJournal.StateDirectory(n => n == "HOME" ? "/home/u" : null));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static readonly DateTimeOffset At = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    private static OutcomeRecord Outcome(bool published) => new("tpl", "approved", 0, "https://acme.example/", [])
    {
        IdempotencyKey = "cxa-key",
        AuditBody = new AuditRecord { Timestamp = "2026-11-27T10:00:00.000Z", TemplateId = "tpl", Status = "APPROVED", LatencyMs = 5, CarrierReady = true }.ToJson(),
        Published = published,
    };
}
