using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using CxoneApprove.Compliance;
using CxoneApprove.Http;

namespace CxoneApprove.Cli;

/// <summary>
/// A numeric option's default and range. Its option is built from it, so the help, the parser and the range check
/// all say the same thing, and a bad value gets one sentence naming the real range.
/// </summary>
internal sealed record NumberLimit(string Name, double Min, double Max, bool MinExclusive = false, bool Whole = true, string? Unit = null)
{
    /// <summary>What the option accepts, e.g. "a whole number from 0 to 100" or "a number above 0 and at most 86400".</summary>
    public string Range => MinExclusive
        ? $"{Kind} above {Show(Min)} and at most {Show(Max)}{UnitSuffix}"
        : $"{Kind} from {Show(Min)} to {Show(Max)}{UnitSuffix}";

    private string Kind => Whole ? "a whole number" : "a number";

    private string UnitSuffix => Unit is null ? "" : " " + Unit;

    /// <summary>An int option with this range; <paramref name="fallback"/> is its default when given.</summary>
    public Option<int> IntOption(string description, string helpName, int fallback) => new(Name)
    {
        Description = description,
        HelpName = helpName,
        DefaultValueFactory = _ => fallback,
        CustomParser = result => (int)(Parse(result) ?? fallback),
    };

    /// <summary>An optional int option with this range.</summary>
    public Option<int?> OptionalIntOption(string description, string helpName) => new(Name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result => Parse(result) is { } value ? (int)value : null,
    };

    /// <summary>A number option with this range.</summary>
    public Option<double> NumberOption(string description, string helpName, double fallback) => new(Name)
    {
        Description = description,
        HelpName = helpName,
        DefaultValueFactory = _ => fallback,
        CustomParser = result => Parse(result) ?? fallback,
    };

    /// <summary>An optional number option with this range.</summary>
    public Option<double?> OptionalNumberOption(string description, string helpName) => new(Name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = Parse,
    };

    private double? Parse(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var text = result.Tokens[^1].Value;
        var parsed = Whole
            ? int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? whole : (double?)null
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;
        if (parsed is not { } value || value > Max || value < Min || (MinExclusive && value <= Min))
        {
            result.AddError($"{Name} must be {Range} (got \"{text}\").");
            return null;
        }

        return value;
    }

    private static string Show(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>Every numeric option's range, and the defaults the rooms below define (read there, not copied).</summary>
internal static class OptionLimits
{
    public const int DefaultConcurrency = 4;
    public const int DefaultTimeoutSeconds = 600;

    public static readonly NumberLimit Concurrency = new("--concurrency", 1, 64);
    public static readonly NumberLimit MaxRetries = new("--max-retries", 0, 100);
    public static readonly NumberLimit Timeout = new("--timeout", 0, 86_400, MinExclusive: true, Whole: false, Unit: "seconds");
    public static readonly NumberLimit MaxSegments = new("--max-segments", 1, 10);
    public static readonly NumberLimit PlaceholderWidth = new("--placeholder-width", 0, 1000);
    public static readonly NumberLimit RateLimit = new("--rate-limit", 0, 10_000, MinExclusive: true, Whole: false, Unit: "requests per second");

    /// <summary>The default retry budget (the HTTP pipeline's).</summary>
    public static int DefaultMaxRetries => HttpDefaults.MaxRetries;

    /// <summary>The default number of SMS parts (the validator's).</summary>
    public static int DefaultMaxSegments => ComplianceOptions.Default.MaxSegments;
}
