using CxoneApprove.Api;

namespace CxoneApprove.Workflow;

/// <summary>
/// Runs the workflow for many templates: at most <c>concurrency</c> at once, results in input order, the run's
/// exit code that of the first failed template in the order given.
/// </summary>
internal static class ApprovalRun
{
    /// <summary>Approves <paramref name="ids"/>; <paramref name="completed"/> hears each result as it finishes.</summary>
    public static async Task<RunResult> RunAsync(IReadOnlyList<string> ids, ApprovalWorkflow workflow, int concurrency,
        TimeSpan timeout, TimeProvider time, Action<int, TemplateResult>? completed, CancellationToken cancellationToken)
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
                var result = await RunOneAsync(ids[index], workflow, timeout, linked.Token, cancellationToken);
                results[index] = result;
                completed?.Invoke(index, result);
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
                results[i] = cancellationToken.IsCancellationRequested
                    ? workflow.Abandoned(ids[i], Outcomes.Cancelled, ExitCodes.Cancelled, "cancelled before it started", null)
                    : workflow.Abandoned(ids[i], Outcomes.Failed, ExitCodes.Transient, $"the run exceeded --timeout ({timeout.TotalSeconds:0} s) before it started", "Raise --timeout or approve fewer templates per run.");
                completed?.Invoke(i, results[i]!);
            }
        }

        var all = results.Select(r => r!).ToList();
        var exit = all.FirstOrDefault(r => r.ExitCode != ExitCodes.Success)?.ExitCode ?? ExitCodes.Success;
        return new RunResult(exit == ExitCodes.Success, exit, (long)time.GetElapsedTime(started).TotalMilliseconds, all);
    }

    private static async Task<TemplateResult> RunOneAsync(string id, ApprovalWorkflow workflow, TimeSpan timeout,
        CancellationToken runToken, CancellationToken userToken)
    {
        try
        {
            runToken.ThrowIfCancellationRequested();
            return await workflow.RunAsync(id, runToken, userToken);
        }
        catch (OperationCanceledException) when (userToken.IsCancellationRequested)
        {
            return workflow.Abandoned(id, Outcomes.Cancelled, ExitCodes.Cancelled, "cancelled (Ctrl+C / SIGTERM)", null);
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            return workflow.Abandoned(id, Outcomes.Failed, ExitCodes.Transient, $"the run exceeded --timeout ({timeout.TotalSeconds:0} s)",
                "Raise --timeout, or look for a slow or unreachable server with --verbose.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var error = ex is ApiException api ? api.Error.Message : $"internal error: {ex.GetType().Name}: {ex.Message}";
            return workflow.Abandoned(id, Outcomes.Failed, ex is ApiException a ? a.Error.ExitCode : ExitCodes.Internal, error,
                "This is a bug in cxone-approve; run with --verbose and report it.");
        }
    }
}
