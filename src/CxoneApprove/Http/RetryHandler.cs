using Polly;

namespace CxoneApprove.Http;

/// <summary>
/// Sends each request through the run's Polly pipeline (<see cref="RetryPipeline"/>): every attempt goes down the rest
/// of the chain. Built by hand rather than through Microsoft.Extensions.Http.Resilience, whose handler brings the
/// container, options and telemetry packages into the native image for nothing a one-shot run uses.
/// </summary>
internal sealed class RetryHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> Request = new("cxone.request");

    /// <summary>The request an attempt belongs to, for the pipeline's callbacks (null outside this handler).</summary>
    public static HttpRequestMessage? RequestOf(ResilienceContext context) =>
        context.Properties.TryGetValue(Request, out var request) ? request : null;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(Request, request);
        try
        {
            return await pipeline.ExecuteAsync(
                static (attempt, state) => new ValueTask<HttpResponseMessage>(state.Handler.Attempt(state.Request, attempt.CancellationToken)),
                context, (Handler: this, Request: request));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> Attempt(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
