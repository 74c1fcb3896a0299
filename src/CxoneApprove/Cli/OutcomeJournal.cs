using CxoneApprove.Api;
using CxoneApprove.Audit;
using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>Keeps each template's outcome in the local journal before it is reported, and says so truthfully when it cannot.</summary>
internal sealed class OutcomeJournal
{
    private readonly AuditJournal _journal;
    private readonly Func<string> _baseUrl;
    private readonly TimeProvider _time;
    private readonly Lazy<Dictionary<string, string>> _audits;

    /// <summary>A journal for a run against <paramref name="baseUrl"/>, read when first needed (a sign-in may find the host later).</summary>
    public OutcomeJournal(AuditJournal journal, Func<string> baseUrl, TimeProvider time)
    {
        _journal = journal;
        _baseUrl = baseUrl;
        _time = time;
        _audits = new(() => ReadAudits(journal, baseUrl()));
    }

    public string Path => _journal.Path;

    /// <summary>The audit body an earlier run journaled under <paramref name="idempotencyKey"/> for this base URL, if any.</summary>
    public string? AuditFor(string idempotencyKey) => _audits.Value.GetValueOrDefault(idempotencyKey);

    /// <summary>
    /// Appends <paramref name="template"/>'s outcome and its audit record (published or not). When the journal cannot be
    /// written, the template's audit step says what was not kept and its exit code becomes 2.
    /// </summary>
    public TemplateResult Record(TemplateResult template)
    {
        try
        {
            _journal.AppendOutcome(
                new OutcomeRecord(template.Id, WireNames.Of(template.Outcome), ExitCodes.Of(template), _baseUrl(),
                    [.. template.Steps.Select(s => new JournalStep(WireNames.Of(s.Name), WireNames.Of(s.Status), s.LatencyMs))])
                {
                    IdempotencyKey = template.Audit?.IdempotencyKey,
                    AuditBody = template.Audit?.Body,
                    Published = template.Audit?.Published ?? false,
                },
                _time.GetUtcNow());
            return template;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var lost = template.Audit is { Published: false }
                ? "the audit record was not published either, so it is kept nowhere: publish it once the journal is writable by running the same command again"
                : "the template's outcome stands; only the local copy is missing";
            var steps = template.Steps.Select(s => s.Name != StepName.Audit ? s : s with
            {
                Status = StepStatus.Failed,
                Error = $"could not write the local journal {_journal.Path}: {ex.Message.TrimEnd('.')}",
                Hint = $"Free disk space or fix the file's permissions; {lost}.",
            }).ToList();
            return template with { Failure = template.Failure ?? ErrorCategory.LocalOutput, Steps = steps };
        }
    }

    private static Dictionary<string, string> ReadAudits(AuditJournal journal, string baseUrl)
    {
        try
        {
            return JournaledAudits.Read(journal.Path, baseUrl);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Unreadable history only means a re-run cannot resend old bodies; the server's 422 still tells.
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }
    }
}
