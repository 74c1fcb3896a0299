using CxoneApprove.Sandbox.Http;
using CxoneApprove.Sandbox.Wire;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Endpoints;

/// <summary>
/// <c>GET /_sandbox/stats</c>: counts of the API requests answered so far, for a benchmark in another process. It is
/// outside the API: no token, no faults, no rate limit, and it is neither recorded nor counted itself.
/// </summary>
internal sealed class StatsEndpoint(RequestStats stats)
{
    public const string Route = "/_sandbox/stats";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/_sandbox", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var answer = !context.Request.Path.Equals(Route, StringComparison.OrdinalIgnoreCase)
            ? ApiResult.NotFound($"no such sandbox endpoint: {context.Request.Path}; try GET {Route}")
            : HttpMethods.IsGet(context.Request.Method)
                ? ApiResult.Of(StatusCodes.Status200OK, stats.Snapshot(), SandboxJsonContext.Default.StatsBody)
                : ApiResult.MethodNotAllowed("GET");
        await answer.WriteAsync(context);
    }
}
