using CxoneApprove.Api;
using CxoneApprove.Audit;
using CxoneApprove.Cli;
using CxoneApprove.Workflow;
using Microsoft.Extensions.Time.Testing;

namespace CxoneApprove.Tests.Cli;

public sealed class OutcomeJournalTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("outcomes-").FullName;

    [Fact]
    public void JournalThatCannotBeWritten_MakesTheTemplateExit2_AndItsAuditStepSaysTheRecordIsKeptNowhere()
    {
        var path = Path.Combine(_directory, "audit.jsonl");
        var journal = new OutcomeJournal(new AuditJournal(path), () => "https://acme.example/", new FakeTimeProvider());
        Directory.CreateDirectory(path);  // the disk "fills": the journal can no longer be opened as a file

        var kept = journal.Record(Approved(published: false));

        Assert.Equal(2, ExitCodes.Of(kept));
        Assert.Equal(Outcome.Approved, kept.Outcome);
        var audit = kept.Steps.Single(s => s.Name == StepName.Audit);
        Assert.Equal(StepStatus.Failed, audit.Status);
        Assert.Contains(path, audit.Error, StringComparison.Ordinal);
        Assert.Contains("kept nowhere", audit.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ARecordJournaledEarlier_IsOfferedForTheSameKeyAndBaseUrlOnly()
    {
        var path = Path.Combine(_directory, "audit.jsonl");
        new OutcomeJournal(new AuditJournal(path), () => "https://acme.example/", new FakeTimeProvider()).Record(Approved(published: false));

        var again = new OutcomeJournal(new AuditJournal(path), () => "https://acme.example/", new FakeTimeProvider());
        var elsewhere = new OutcomeJournal(new AuditJournal(path), () => "https://other.example/", new FakeTimeProvider());

        Assert.Equal("""{"latency_ms":5}""", again.AuditFor("cxa-key"));
        Assert.Null(elsewhere.AuditFor("cxa-key"));
        Assert.Null(again.AuditFor("cxa-other"));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static TemplateResult Approved(bool published) =>
        new("tpl", Outcome.Approved, null, 10, null,
            [new StepResult(StepName.Token, StepStatus.Ok, 1, 1, 200, null, null), new StepResult(StepName.Audit, StepStatus.Ok, 1, 1, 201, null, null)])
        {
            Audit = new AuditPublication("cxa-key", """{"latency_ms":5}""", published),
        };
}
