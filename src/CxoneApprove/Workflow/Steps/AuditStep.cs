using System.Globalization;
using CxoneApprove.Api;

namespace CxoneApprove.Workflow.Steps;

/// <summary>
/// audit: publishes the approval's audit record. Its latency runs from the start of the fetch to the end of A2P
/// registration. Every run that reaches this step for an approval sends the same Idempotency-Key (and, when the journal
/// holds the record, the same body), so the server keeps one record. A failure is a warning: the record stays in the
/// local journal, to be published later.
/// </summary>
internal sealed class AuditStep(CxoneClient client, ApprovalSettings settings, TimeProvider time) : IApprovalStep
{

    public StepName Name => StepName.Audit;

    public async Task<StepOutcome> RunAsync(ApprovalState state, CancellationToken cancellationToken)
    {
        var clock = StepClock.Start(time, Name);
        var record = new AuditRecord
        {
            Timestamp = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            TemplateId = state.TemplateId,
            Status = TemplateStatus.Approved,
            LatencyMs = Math.Max(0, (long)time.GetElapsedTime(state.LatencyStart, state.LatencyEnd).TotalMilliseconds),
            OperatorId = settings.OperatorId,
            CarrierReady = state.Validation?.Valid ?? false,
        };
        var key = IdempotencyKeys.ForAudit(state.TemplateId, state.Approved!.Version);
        var body = settings.JournaledAudit(key) ?? record.ToJson();
        var publish = await client.PublishAuditAsync(body, key, cancellationToken);
        if (publish.IsSuccess)
        {
            return StepOutcome.Continue(clock.Ok(publish.Attempts, publish.HttpStatus), state with { Audit = new(key, body, Published: true) });
        }

        // The key is this approval's: a server that refuses it for a different body already holds its record.
        if (publish.Error.IsIdempotencyKeyReused)
        {
            return StepOutcome.Continue(clock.Ok(publish.Attempts, publish.HttpStatus, "the audit log already holds this approval's record"),
                state with { Audit = new(key, body, Published: true) });
        }

        var hint = settings.JournalHint is { } kept ? $"{publish.Error.Hint} {kept}" : publish.Error.Hint;
        return StepOutcome.Continue(clock.Warning(publish.Attempts, publish.Error, publish.HttpStatus) with { Hint = hint },
            state with { Audit = new(key, body, Published: false) });
    }
}
