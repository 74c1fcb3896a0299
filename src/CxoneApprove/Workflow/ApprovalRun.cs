using CxoneApprove.Api;

namespace CxoneApprove.Workflow;

/// <summary>
/// Runs the workflow for many templates: at most <c>concurrency</c> at once, results in input order. Each result is
/// handed to <c>completed</c> as soon as it is known, so the caller can keep and show it before the run ends.
/// </summary>
internal static class ApprovalRun
{
    /// <summary>
    /// Approves <paramref name="ids"/>; <paramref name="completed"/> hears each result as it finishes and returns it as
    /// kept (the caller may add what happened to it afterwards, such as a journal that could not be written).
    /// </summary>
    public static async Task<RunResult> RunAsync(IReadOnlyList<string> ids, ApprovalWorkflow workflow, int concurrency,
        TimeSpan timeout, TimeProvider time, Func<int, TemplateResult, TemplateResult>? completed, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var results = new TemplateResult?[ids.Count];
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency) };

        // Parallel.ForEachAsync stops taking new items once the token is cancelled; those are recorded below.
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, ids.Count), options, async (index, _) =>
            {
                var result = await RunOneAsync(ids[index], index, workflow, timeout, linked.Token, cancellationToken);
                results[index] = completed?.Invoke(index, result) ?? result;
            });
        }
        catch (OperationCanceledException)
        {
            // Each started template recorded its own outcome; the rest follow.
        }

        for (var i = 0; i < ids.Count; i++)
        {
            if (results[i] is null)
            {
                var abandoned = cancellationToken.IsCancellationRequested
                    ? workflow.Abandoned(ids[i], i, Outcome.Cancelled, ErrorCategory.Cancelled, "cancelled before it started", null, "cancelled")
                    : workflow.Abandoned(ids[i], i, Outcome.Failed, ErrorCategory.Transient, $"the run exceeded --timeout ({timeout.TotalSeconds:0} s) before it started",
                        "Raise --timeout or approve fewer templates per run.", "failed");
                results[i] = completed?.Invoke(i, abandoned) ?? abandoned;
            }
        }

        return new RunResult((long)time.GetElapsedTime(started).TotalMilliseconds, [.. results.Select(r => r!)]);
    }

    private static async Task<TemplateResult> RunOneAsync(string id, int index, ApprovalWorkflow workflow, TimeSpan timeout,
        CancellationToken runToken, CancellationToken userToken)
    {
        try
        {
            runToken.ThrowIfCancellationRequested();
            return await workflow.RunAsync(id, index, runToken, userToken);
        }
        catch (OperationCanceledException) when (userToken.IsCancellationRequested)
        {
            return workflow.Abandoned(id, index, Outcome.Cancelled, ErrorCategory.Cancelled, "cancelled (Ctrl+C / SIGTERM)", null, "cancelled");
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            return workflow.Abandoned(id, index, Outcome.Failed, ErrorCategory.Transient, $"the run exceeded --timeout ({timeout.TotalSeconds:0} s)",
                workflow.OutOfTimeHint, "failed");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var (error, category) = ex is ApiException api
                ? (api.Error.Message, api.Error.Category)
                : ($"internal error: {ex.Message}", ErrorCategory.Internal);
            return workflow.Abandoned(id, index, Outcome.Failed, category, error, workflow.BugHint, "failed");
        }
    }
}
