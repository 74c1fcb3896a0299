using System.Globalization;

namespace CxoneApprove.Benchmarks;

/// <summary>What to measure: parsed from the benchmark's own arguments (not the CLI's).</summary>
/// <param name="Templates">How many <c>bulk-NNNN</c> templates to approve in the one run.</param>
/// <param name="SandboxRequestsPerSecond">The sandbox's limit: above it, 429 with Retry-After.</param>
/// <param name="RateLimit">The CLI's <c>--rate-limit</c>; null runs without one.</param>
/// <param name="Concurrency">The CLI's <c>--concurrency</c>.</param>
/// <param name="Compare">Also run with the other side of <c>--rate-limit</c>, to show what the client-side limiter changes.</param>
internal sealed record BenchmarkSettings(int Templates, double SandboxRequestsPerSecond, double? RateLimit, int Concurrency, bool Compare)
{
    /// <summary>Separate CLI processes sharing the sandbox (<c>--processes</c>); null runs the CLI in this process.</summary>
    public int? Processes { get; init; }

    public const string Usage = """
        Usage: CxoneApprove.Benchmarks [--templates N] [--sandbox-rps R] [--rate-limit R|none] [--concurrency C] [--compare] [--processes P]

        Approves bulk-0001 … bulk-N in one run of the real CLI entry point against an in-process sandbox that answers
        429 above --sandbox-rps, then prints the request figures and PASS/FAIL for issue 6's acceptance line:
        zero failed templates and fewer than 5 % of requests (excluding /oauth/token) answered 429.

          --templates N      templates to approve, 1–9999 (default 200)
          --sandbox-rps R    the sandbox's limit in requests per second (default 20)
          --rate-limit R     the CLI's --rate-limit; "none" runs without it (default 20)
          --concurrency C    the CLI's --concurrency (default 4)
          --compare          also run without --rate-limit (or, after --rate-limit none, with --rate-limit at
                             --sandbox-rps) on a fresh sandbox, and print both; the verdict is the first run's
          --processes P      run the real cxone-approve executable as P processes started together, each with
                             its share of the templates, against one sandbox hosted here (issue 12: P = 1 needs
                             >= 95 % of the cap and < 2 % 429s, P >= 2 needs >= 90 % and < 5 %); not with --compare

        Exit code: 0 PASS, 1 FAIL, 2 bad arguments.
        """;

    public static BenchmarkSettings Default { get; } = new(200, 20, 20, 4, Compare: false);

    /// <summary>Parses <paramref name="args"/>; null with <paramref name="error"/> set when they are wrong, or null and no error for --help.</summary>
    public static BenchmarkSettings? Parse(IReadOnlyList<string> args, out string? error)
    {
        var settings = Default;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            switch (name)
            {
                case "-h" or "--help":
                    return null;
                case "--compare":
                    settings = settings with { Compare = true };
                    continue;
                case "--templates" or "--sandbox-rps" or "--rate-limit" or "--concurrency" or "--processes" when i + 1 >= args.Count:
                    error = $"{name} needs a value";
                    return null;
                case "--templates":
                    if (!int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var templates) || templates is < 1 or > 9999)
                    {
                        error = $"--templates must be a whole number from 1 to 9999 (got {args[i]})";
                        return null;
                    }

                    settings = settings with { Templates = templates };
                    continue;
                case "--sandbox-rps":
                    if (!TryParseRate(args[++i], out var sandboxRps))
                    {
                        error = $"--sandbox-rps must be a positive number (got {args[i]})";
                        return null;
                    }

                    settings = settings with { SandboxRequestsPerSecond = sandboxRps };
                    continue;
                case "--rate-limit":
                    if (string.Equals(args[++i], "none", StringComparison.OrdinalIgnoreCase))
                    {
                        settings = settings with { RateLimit = null };
                        continue;
                    }

                    if (!TryParseRate(args[i], out var rateLimit))
                    {
                        error = $"--rate-limit must be a positive number or \"none\" (got {args[i]})";
                        return null;
                    }

                    settings = settings with { RateLimit = rateLimit };
                    continue;
                case "--processes":
                    if (!int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var processes) || processes is < 1 or > 8)
                    {
                        error = $"--processes must be a whole number from 1 to 8 (got {args[i]})";
                        return null;
                    }

                    settings = settings with { Processes = processes };
                    continue;
                case "--concurrency":
                    if (!int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var concurrency) || concurrency < 1)
                    {
                        error = $"--concurrency must be a positive whole number (got {args[i]})";
                        return null;
                    }

                    settings = settings with { Concurrency = concurrency };
                    continue;
                default:
                    error = $"unknown argument: {name}";
                    return null;
            }
        }

        if (settings is { Processes: not null, Compare: true })
        {
            error = "--processes and --compare do not go together";
            return null;
        }

        return settings;
    }

    private static bool TryParseRate(string text, out double rate) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out rate) && rate > 0 && double.IsFinite(rate);
}
