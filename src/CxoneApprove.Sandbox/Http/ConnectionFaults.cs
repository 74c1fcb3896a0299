using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CxoneApprove.Sandbox.Http;

/// <summary>Breaks a request's connection the way real networks do, and marks the request so it is still recorded.</summary>
internal static class ConnectionFaults
{
    /// <summary>Closes the connection without handling the request.</summary>
    public static void Drop(HttpContext context)
    {
        context.Features.Set(new ConnectionFaultMark(ConnectionFault.RequestDropped, 0));
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

        context.Features.Set(new ConnectionFaultMark(ConnectionFault.AnswerLost, context.Response.StatusCode));
        context.Abort();
    }

    /// <summary>The fault that broke this request's connection, or <see langword="null"/>.</summary>
    public static ConnectionFaultMark? Of(HttpContext context) => context.Features.Get<ConnectionFaultMark>();
}

/// <summary>What <see cref="ConnectionFaults"/> did to a request: the fault, and the status the handler chose (0 when dropped).</summary>
internal sealed record ConnectionFaultMark(ConnectionFault Fault, int StatusCode);
