namespace CxoneApprove.Sandbox.Faults;

/// <summary>The rules a <see cref="FaultRule"/> must follow, whether it was parsed or constructed.</summary>
internal static class FaultRuleCheck
{
    /// <summary>What is wrong with the rule, in words that name the spec key to fix, or <see langword="null"/>.</summary>
    public static string? Problem(string method, FaultRule rule)
    {
        if (method != "*" && (method.Length == 0 || !method.All(char.IsAsciiLetter)))
        {
            return $"method '{method}' must be an HTTP method such as GET, PUT, POST, or '*' for any";
        }

        if (!rule.PathPattern.StartsWith('/') || rule.PathPattern.Any(char.IsWhiteSpace))
        {
            return $"path glob '{rule.PathPattern}' must start with '/' and hold no spaces, e.g. '/api/v1/messaging/templates/*'";
        }

        var badStatus = rule.Outcomes
            .Where(outcome => outcome.Kind == FaultOutcomeKind.Answer && outcome.Status is < 100 or > 599)
            .Select(outcome => (int?)outcome.Status)
            .FirstOrDefault();
        if (badStatus is { } status)
        {
            return $"status {status} is not an HTTP status (100-599)";
        }

        return Timing(rule) ?? Purpose(rule);
    }

    private static string? Timing(FaultRule rule)
    {
        if (rule.RetryAfterSeconds is < 0 or > FaultRule.MaxRetryAfterSeconds)
        {
            return $"retry-after must be 0-{FaultRule.MaxRetryAfterSeconds} seconds";
        }

        if (rule.RetryAfterAsHttpDate && rule.RetryAfterSeconds is null)
        {
            return "an HTTP-date Retry-After needs its number of seconds";
        }

        if (rule.Latency < TimeSpan.Zero || rule.Latency > TimeSpan.FromMilliseconds(FaultRule.MaxDelayMs))
        {
            return $"delay-ms must be 0-{FaultRule.MaxDelayMs}";
        }

        if (rule.Probability is { } p && !(p > 0 && p <= 1))
        {
            return "probability must be above 0 and at most 1 (e.g. 0.2 or 20%)";
        }

        return rule.Seed is < 0 ? "seed must not be negative" : null;
    }

    private static string? Purpose(FaultRule rule)
    {
        if (rule.Outcomes.Count == 0 && (rule.Body is not null || rule.ContentType is not null || rule.RetryAfterSeconds is not null))
        {
            return "retry-after, content-type and body apply to injected answers only: add status=<code>";
        }

        if (rule.Outcomes.Count == 0 && rule.Latency == TimeSpan.Zero)
        {
            return "the rule does nothing: add status=<outcome>[,<outcome>...] and/or delay-ms=<ms>";
        }

        return rule.Seed is not null && rule.Probability is null ? "seed= applies to the draws of probability=: add probability=<p>" : null;
    }
}
