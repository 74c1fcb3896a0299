using System.Globalization;
using CxoneApprove.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Faults;

/// <summary>Applies the configured <see cref="FaultRule"/>s to arriving requests: latency first, then an injected answer.</summary>
internal sealed class FaultInjector(IEnumerable<FaultRule> rules, TimeProvider timeProvider)
{
    private readonly FaultSchedule[] _schedules = [.. rules.Select(rule => new FaultSchedule(rule))];

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var method = context.Request.Method;
        var path = context.Request.Path.Value ?? "/";
        var matching = _schedules.Where(schedule => schedule.Rule.Matches(method, path)).ToArray();
        if (matching.Length == 0)
        {
            await next(context);
            return;
        }

        var latency = matching.Aggregate(TimeSpan.Zero, (total, schedule) => total + schedule.Rule.Latency);
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, timeProvider, context.RequestAborted);
        }

        foreach (var schedule in matching)
        {
            if (schedule.TakeNext() is not { } taken)
            {
                continue;
            }

            var rule = schedule.Rule;
            if (taken.Status is >= 200 and < 300 && rule.Body is null)
            {
                break; // a 2xx without a body is the rule's way of letting this one request through
            }

            await Answer(rule, taken.Status, taken.Position, method, path).WriteAsync(context);
            return;
        }

        await next(context);
    }

    private ApiResult Answer(FaultRule rule, int status, long position, string method, string path)
    {
        var result = rule.Body is null && rule.ContentType is null
            ? ApiResult.Error(
                status,
                "injected_fault",
                $"sandbox fault {position} of {rule.Statuses.Count} for {method} {path} (rule '{rule.Method} {rule.PathPattern}')")
            : ApiResult.Raw(status, rule.Body, rule.ContentType);
        if (rule.RetryAfterSeconds is not { } seconds)
        {
            return result;
        }

        var retryAfter = rule.RetryAfterAsHttpDate
            ? (timeProvider.GetUtcNow() + TimeSpan.FromSeconds(seconds)).ToString("R", CultureInfo.InvariantCulture)
            : seconds.ToString(CultureInfo.InvariantCulture);
        return result.WithHeader("Retry-After", retryAfter);
    }
}
