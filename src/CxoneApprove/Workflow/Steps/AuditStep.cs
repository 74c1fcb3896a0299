using System.Globalization;
using CxoneApprove.Api;

namespace CxoneApprove.Workflow.Steps;

/// <summary>
/// audit: publishes the approval's audit record. Its latency runs from the start of the fetch to the end of A2P
/// registration. A failure is a warning: the record stays in the local journal, to be published later.
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
        var body = record.ToJson();
        var key = IdempotencyKeys.ForAudit(state.TemplateId, state.Approved!.Version, state.WasAlreadyApproved);
        var publish = await client.PublishAuditAsync(body, key, cancellationToken);
        state = state with { Audit = new AuditPublication(key, body, publish.IsSuccess) };
        if (publish.IsSuccess)
        {
            return StepOutcome.Continue(clock.Ok(publish.Attempts, publish.HttpStatus), state);
        }

        var kept = settings.JournalPath is { } path
            ? $" The record is kept in {path}; publish it later with `cxone-approve audit flush`."
            : "";
        return StepOutcome.Continue(clock.Warning(publish.Attempts, publish.Error, publish.HttpStatus) with { Hint = publish.Error.Hint + kept }, state);
    }
}
