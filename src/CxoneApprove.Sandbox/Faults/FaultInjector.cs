using System.Globalization;
using CxoneApprove.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Faults;

/// <summary>Applies the configured <see cref="FaultRule"/>s to arriving requests: latency first, then the outcome.</summary>
internal sealed class FaultInjector(IEnumerable<FaultRule> rules, TimeProvider timeProvider)
{
    private readonly FaultSchedule[] _schedules = [.. rules.Select(rule => new FaultSchedule(rule))];

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var method = context.Request.Method;
        var path = context.Request.Path.Value ?? "/";
        var acting = _schedules.Where(schedule => schedule.Rule.Matches(method, path) && schedule.Picks()).ToArray();
        if (acting.Length == 0)
        {
            await next(context);
            return;
        }

        var latency = acting.Aggregate(TimeSpan.Zero, (total, schedule) => total + schedule.Rule.Latency);
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, timeProvider, context.RequestAborted);
        }

        foreach (var schedule in acting)
        {
            if (schedule.TakeNext() is { } taken)
            {
                await ApplyAsync(context, next, schedule.Rule, taken.Outcome, taken.Position);
                return;
            }
        }

        await next(context);
    }

    private async Task ApplyAsync(HttpContext context, RequestDelegate next, FaultRule rule, FaultOutcome outcome, long position)
    {
        switch (outcome.Kind)
        {
            case FaultOutcomeKind.Drop:
                ConnectionFaults.Drop(context);
                break;
            case FaultOutcomeKind.LoseAnswer:
                await ConnectionFaults.LoseAnswerAsync(context, next);
                break;
            case FaultOutcomeKind.Answer when outcome.Status is >= 200 and < 300 && rule.Body is null:
                await next(context); // a 2xx without a body is the rule's way of letting this one request through
                break;
            default:
                await Answer(rule, outcome.Status, position, context.Request.Method, context.Request.Path.Value ?? "/").WriteAsync(context);
                break;
        }
    }

    private ApiResult Answer(FaultRule rule, int status, long position, string method, string path)
    {
        var which = rule.Probability is null ? $"{position} of {rule.Outcomes.Count}" : $"{position} (picked with probability {rule.Probability})";
        var result = rule.Body is null && rule.ContentType is null
            ? ApiResult.Error(
                status,
                "injected_fault",
                $"sandbox fault {which} for {method} {path} (rule '{rule.Method} {rule.PathPattern}')")
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
