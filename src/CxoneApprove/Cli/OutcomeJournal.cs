using CxoneApprove.Audit;
using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>Keeps each template's outcome in the local journal, before it is reported.</summary>
internal sealed class OutcomeJournal(AuditJournal journal, Func<string> baseUrl, TimeProvider time)
{
    public AuditJournal Journal => journal;

    /// <summary>Appends <paramref name="template"/>'s outcome and its audit record (published or not).</summary>
    public void Record(TemplateResult template) => journal.AppendOutcome(
        new OutcomeRecord(template.Id, WireNames.Of(template.Outcome), ExitCodes.Of(template), baseUrl(),
            [.. template.Steps.Select(s => new JournalStep(WireNames.Of(s.Name), WireNames.Of(s.Status), s.LatencyMs))])
        {
            IdempotencyKey = template.Audit?.IdempotencyKey,
            AuditBody = template.Audit?.Body,
            Published = template.Audit?.Published ?? false,
        },
        time.GetUtcNow());
}
