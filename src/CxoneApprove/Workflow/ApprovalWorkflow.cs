using CxoneApprove.Api;
using CxoneApprove.Diagnostics;
using CxoneApprove.Workflow.Steps;
using Serilog.Context;

namespace CxoneApprove.Workflow;

/// <summary>
/// Approves one template by running its steps in order until one stops the run; every step is timed, and the steps
/// that never ran are reported as skipped with the reason. Nothing here writes to the console.
/// </summary>
internal sealed class ApprovalWorkflow
{
    private readonly IReadOnlyList<IApprovalStep> _steps;
    private readonly TimeProvider _time;
    private readonly WebhookRegistration? _webhook;

    /// <summary>
    /// A workflow over <paramref name="steps"/>; <paramref name="webhook"/> hears when each template ends; under
    /// <paramref name="verbose"/> its hints do not ask for --verbose.
    /// </summary>
    public ApprovalWorkflow(IReadOnlyList<IApprovalStep> steps, TimeProvider time, WebhookRegistration? webhook = null, bool verbose = false)
    {
        _steps = steps;
        _time = time;
        _webhook = webhook;
        OutOfTimeHint = verbose ? "Raise --timeout, or look in the exchanges above for a slow or unreachable server."
            : "Raise --timeout, or look for a slow or unreachable server with --verbose.";
        BugHint = verbose ? "This is a bug in cxone-approve; report it with the output above."
            : "This is a bug in cxone-approve; run with --verbose and report it.";
    }

    /// <summary>What to do when the run ran out of time.</summary>
    public string OutOfTimeHint { get; }

    /// <summary>What to do about an internal error.</summary>
    public string BugHint { get; }

    /// <summary>Raised as each template begins each step, on the thread running it (for progress displays).</summary>
    public event Action<StepEntered>? StepEntered;

    /// <summary>The workflow of a run: every step of <see cref="ApprovalSteps.Order"/>.</summary>
    public static ApprovalWorkflow For(ApprovalServices services) =>
        new(ApprovalSteps.For(services), services.Time, services.Webhook, services.Settings.Verbose);

    /// <summary>
    /// Runs every step for <paramref name="templateId"/>, the <paramref name="index"/>-th template of the run. When
    /// <paramref name="cancellationToken"/> fires mid-way, the steps done so far are kept and the one in flight is
    /// reported: as cancelled (Ctrl+C) when <paramref name="userCancellation"/> fired, else as out of time.
    /// </summary>
    public async Task<TemplateResult> RunAsync(string templateId, int index, CancellationToken cancellationToken,
        CancellationToken userCancellation = default)
    {
        // Every log line of this template's work (its HTTP exchanges above all) names it.
        using var scope = LogContext.PushProperty(LogProperties.TemplateId, templateId);
        try
        {
            return await RunStepsAsync(new ApprovalState(templateId, index), cancellationToken, userCancellation);
        }
        finally
        {
            _webhook?.Resolved(index);
        }
    }

    /// <summary>
    /// A template that could not run — cancelled before it started, out of time, or an internal error — reported
    /// with a single token step saying why.
    /// </summary>
    public TemplateResult Abandoned(string templateId, int index, Outcome outcome, ErrorCategory failure, string error, string? hint, string reason)
    {
        _webhook?.Resolved(index);
        var token = new StepResult(_steps[0].Name, outcome == Outcome.Cancelled ? StepStatus.Skipped : StepStatus.Failed, 0, 0, null, error, hint);
        return Finish(new ApprovalState(templateId, index), [token], _time.GetTimestamp(), new StepStop(outcome, failure, reason));
    }

    private async Task<TemplateResult> RunStepsAsync(ApprovalState state, CancellationToken cancellationToken, CancellationToken userCancellation)
    {
        var started = _time.GetTimestamp();
        var results = new List<StepResult>(_steps.Count);
        foreach (var step in _steps)
        {
            var stepStarted = _time.GetTimestamp();
            StepEntered?.Invoke(new StepEntered(state.Index, state.TemplateId, step.Name));
            StepOutcome outcome;
            try
            {
                outcome = await step.RunAsync(state, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                var cancelled = userCancellation.IsCancellationRequested;
                results.Add(new StepResult(step.Name, StepStatus.Failed, (long)_time.GetElapsedTime(stepStarted).TotalMilliseconds, 0, null,
                    cancelled ? "cancelled (Ctrl+C / SIGTERM)" : "the run ran out of time (--timeout)",
                    cancelled ? null : OutOfTimeHint));
                return Finish(state, results, started, cancelled
                    ? new StepStop(Outcome.Cancelled, ErrorCategory.Cancelled, "cancelled")
                    : new StepStop(Outcome.Failed, ErrorCategory.Transient, "out of time"));
            }

            if (outcome.Revised is { } revised)
            {
                results[results.FindIndex(r => r.Name == revised.Name)] = revised;
            }

            results.Add(outcome.Result);
            state = outcome.State;
            if (outcome.Stop is { } stop)
            {
                return Finish(state, results, started, stop);
            }
        }

        return Finish(state, results, started, new StepStop(state.WasAlreadyApproved ? Outcome.AlreadyApproved : Outcome.Approved, null, "not needed"));
    }

    private TemplateResult Finish(ApprovalState state, List<StepResult> results, long started, StepStop stop)
    {
        var steps = _steps.Select(step => results.Find(r => r.Name == step.Name) ?? StepResult.Skipped(step.Name, stop.SkipReason)).ToList();
        return new TemplateResult(state.TemplateId, stop.Outcome, stop.Failure, (long)_time.GetElapsedTime(started).TotalMilliseconds,
            state.Validation, steps)
        {
            Audit = state.Audit,
            Checked = state.Checked,
        };
    }
}
