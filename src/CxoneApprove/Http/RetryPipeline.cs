using System.Globalization;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using Serilog;

namespace CxoneApprove.Http;

/// <summary>
/// The one retry policy of every call: retry (transient statuses, timeouts and connection failures,
/// only for replayable requests; Retry-After honoured against the injected clock, capped; otherwise
/// exponential backoff with jitter) around a per-attempt timeout. The run's total time is the
/// caller's cancellation token (<c>--timeout</c>).
/// </summary>
internal static class RetryPipeline
{
    private static readonly ResiliencePropertyKey<double> Jitter = new("cxone.jitter");

    /// <summary>Retry around a per-attempt timeout, outermost first, on the injected clock.</summary>
    public static ResiliencePipeline<HttpResponseMessage> Build(HttpSettings settings, TimeProvider time, ILogger log)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxRetries,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(NextDelay(args.Outcome, args.Context, args.AttemptNumber, settings, time)),
                // The delay generator already capped it; Polly's own cap is only a backstop.
                MaxDelay = settings.MaxDelay,
                OnRetry = args =>
                {
                    var request = RetryHandler.RequestOf(args.Context);
                    log.Information("retrying {Method} {Path} in {Delay} s (retry {Retry} of {MaxRetries}): {Reason}",
                        request?.Method.Method ?? "", request?.RequestUri?.AbsolutePath ?? "",
                        args.RetryDelay.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),
                        args.AttemptNumber + 1, settings.MaxRetries, Describe(args.Outcome));
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.AddTimeout(settings.AttemptTimeout).Build();
    }

    /// <summary>Whether this outcome may be tried again: transient, and the request is replayable.</summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var transient = outcome switch
        {
            { Result: { } response } => ResponseClassifier.IsTransient((int)response.StatusCode),
            { Exception: { } exception } => ResponseClassifier.IsTransient(exception),
            _ => false,
        };
        if (!transient || context.CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        var request = outcome.Result?.RequestMessage ?? RetryHandler.RequestOf(context);
        return request is not null && RequestTags.IsReplayable(request);
    }

    private static TimeSpan NextDelay(Outcome<HttpResponseMessage> outcome, ResilienceContext context, int attempt, HttpSettings settings, TimeProvider time)
    {
        var fromServer = RetryDelay.FromRetryAfter(outcome.Result?.Headers.RetryAfter, time.GetUtcNow(), settings.MaxDelay);
        if (fromServer is { } wait)
        {
            return wait;
        }

        if (!context.Properties.TryGetValue(Jitter, out var jitter))
        {
            jitter = settings.Randomizer();
            context.Properties.Set(Jitter, jitter);
        }

        return RetryDelay.Backoff(attempt, jitter, settings);
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => $"{(int)response.StatusCode} {response.ReasonPhrase}"
            + (response.Headers.RetryAfter is { } ra ? $" (Retry-After: {ra})" : ""),
        { Exception: TimeoutRejectedException } => "the attempt timed out",
        { Exception: { } ex } => ex.Message,
        _ => "unknown",
    };
}
