using System.Globalization;

namespace CxoneApprove.Sandbox.Faults;

/// <summary>Reads the one-line spec of a <see cref="FaultRule"/> (grammar in <see cref="FaultRule.SyntaxHelp"/>).</summary>
internal static class FaultSpec
{
    public const string DropWord = "drop";
    public const string LoseWord = "lose";

    private static readonly string[] Keys = ["status", "probability", "seed", "retry-after", "retry-after-date", "delay-ms", "content-type", "body"];

    public static FaultRule Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var rest = spec.Trim();
        var method = TakeToken(ref rest);
        var path = TakeToken(ref rest);
        if (method.Length == 0 || path.Length == 0)
        {
            throw Invalid(spec, "expected '<METHOD> <PATH-GLOB> [options]', e.g. 'PUT /api/v1/messaging/templates/* status=503'");
        }

        var values = ReadOptions(spec, rest);
        var retryAfterAsDate = values.ContainsKey("retry-after-date");
        var retryAfter = values.GetValueOrDefault("retry-after") ?? values.GetValueOrDefault("retry-after-date");
        try
        {
            return new FaultRule(
                method,
                path,
                values.TryGetValue("status", out var outcomes) ? ParseOutcomes(spec, outcomes!) : null,
                retryAfter is null ? null : ParseNumber(spec, retryAfterAsDate ? "retry-after-date" : "retry-after", retryAfter, 0, FaultRule.MaxRetryAfterSeconds),
                values.TryGetValue("delay-ms", out var delay) ? TimeSpan.FromMilliseconds(ParseNumber(spec, "delay-ms", delay!, 0, FaultRule.MaxDelayMs)) : TimeSpan.Zero,
                values.GetValueOrDefault("body"),
                values.GetValueOrDefault("content-type"),
                retryAfterAsDate,
                values.TryGetValue("probability", out var probability) ? ParseProbability(spec, probability!) : null,
                values.TryGetValue("seed", out var seed) ? ParseNumber(spec, "seed", seed!, 0, int.MaxValue) : null);
        }
        catch (ArgumentException problem)
        {
            throw Invalid(spec, problem.Message);
        }
    }

    /// <summary>The <c>key=value</c> options after the path, each at most once; <c>body=</c> takes the rest of the line.</summary>
    private static Dictionary<string, string?> ReadOptions(string spec, string rest)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (rest.Length > 0)
        {
            if (rest.StartsWith("body=", StringComparison.Ordinal))
            {
                values["body"] = rest["body=".Length..];
                break;
            }

            var option = TakeToken(ref rest);
            var equals = option.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? option : option[..equals];
            var value = equals < 0 ? null : option[(equals + 1)..];
            if (!Keys.Contains(key))
            {
                throw Invalid(spec, $"unknown option '{key}'; known: {string.Join(", ", Keys.Select(known => known + "="))}");
            }

            if (value is null || value.Length == 0)
            {
                throw Invalid(spec, $"'{key}=' needs a value");
            }

            var retryAfterTwice = key.StartsWith("retry-after", StringComparison.Ordinal)
                && (values.ContainsKey("retry-after") || values.ContainsKey("retry-after-date"));
            if (!values.TryAdd(key, value) || retryAfterTwice)
            {
                throw Invalid(spec, $"'{key}' is given twice (use one retry-after or retry-after-date)");
            }
        }

        return values;
    }

    private static FaultOutcome[] ParseOutcomes(string spec, string value) =>
        [.. value.Split(',').Select(part => part switch
        {
            DropWord => FaultOutcome.Drop,
            LoseWord => FaultOutcome.LoseAnswer,
            _ => FaultOutcome.Answer(ParseNumber(spec, "status", part, 100, 599, $", {DropWord} or {LoseWord}")),
        })];

    private static double ParseProbability(string spec, string value)
    {
        var percent = value.EndsWith('%');
        var number = percent ? value[..^1] : value;
        var parsed = double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var read) ? read : double.NaN;
        var share = percent ? parsed / 100 : parsed;
        if (share is not (> 0 and <= 1))
        {
            throw Invalid(spec, $"probability value '{value}' must be a share above 0 and at most 1, such as 0.2 or 20%");
        }

        return share;
    }

    private static int ParseNumber(string spec, string key, string value, int min, int max, string alternatives = "")
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            throw Invalid(spec, $"{key} value '{value}' must be a whole number from {min} to {max}{alternatives}");
        }

        return number;
    }

    private static string TakeToken(ref string rest)
    {
        rest = rest.TrimStart();
        var end = 0;
        while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
        {
            end++;
        }

        var token = rest[..end];
        rest = rest[end..].TrimStart();
        return token;
    }

    private static FormatException Invalid(string spec, string problem) =>
        new($"invalid fault '{spec.ReplaceLineEndings(" ")}': {problem}. Syntax: <METHOD|*> <PATH-GLOB> [status=503,drop,lose] [probability=<p> [seed=<n>]] [retry-after=<s>] [delay-ms=<ms>] [content-type=<type>] [body=<text>]");
}
