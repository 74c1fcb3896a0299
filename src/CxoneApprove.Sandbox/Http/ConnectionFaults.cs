using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CxoneApprove.Sandbox.Http;

/// <summary>Breaks a request's connection the way real networks do, recording the request first (the client may look at once).</summary>
internal static class ConnectionFaults
{
    /// <summary>Closes the connection without handling the request.</summary>
    public static void Drop(HttpContext context)
    {
        context.Features.Get<ExchangeRecording>()?.Complete(0, ConnectionFault.RequestDropped);
        context.Abort();
    }

    /// <summary>Handles the request into a buffer nobody reads, then closes the connection instead of answering.</summary>
    public static async Task LoseAnswerAsync(HttpContext context, RequestDelegate next)
    {
        var network = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var discarded = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(discarded));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(network);
        }

        context.Features.Get<ExchangeRecording>()?.Complete(context.Response.StatusCode, ConnectionFault.AnswerLost);
        context.Abort();
    }
}

/// <summary>How a request is recorded when it is done: set by the recorder, called by whoever ends the exchange.</summary>
internal sealed class ExchangeRecording(Action<int, ConnectionFault> complete)
{
    public void Complete(int statusCode, ConnectionFault fault) => complete(statusCode, fault);
}
