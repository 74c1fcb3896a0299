using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using CxoneApprove.Sandbox.Faults;
using CxoneApprove.Sandbox.Throttling;

namespace CxoneApprove.Sandbox.CommandLine;

/// <summary>The options of <c>cxone-approve-sandbox</c>, and how they become <see cref="LaunchSettings"/>.</summary>
internal static class SandboxCommandLine
{
    public const string Name = "cxone-approve-sandbox";

    /// <summary>The default port, for people; a parent process passes <c>--port 0</c> and reads the one picked.</summary>
    public const int DefaultPort = 8088;

    private static readonly Dictionary<string, RateLimitHeaders> HeaderStyles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["x"] = RateLimitHeaders.XRateLimit,
        ["ietf"] = RateLimitHeaders.Ietf,
        ["none"] = RateLimitHeaders.None,
    };

    /// <summary>The root command; its action hands the checked settings to <paramref name="run"/>.</summary>
    public static RootCommand Create(Func<LaunchSettings, CancellationToken, Task<int>> run)
    {
        var options = new SandboxOptionSet();
        var root = new RootCommand("Serve the CXone sandbox on 127.0.0.1 until Ctrl+C or SIGTERM: demo credentials and templates, fault injection, rate limits.");
        foreach (var option in options.All)
        {
            root.Options.Add(option);
        }

        root.Validators.Add(result =>
        {
            if (result.GetValue(options.CertificateFile) is not null && !result.GetValue(options.Https))
            {
                result.AddError("--certificate-file needs --https (there is no certificate without it).");
            }
        });
        root.SetAction((parse, ct) => run(options.Read(parse), ct));
        return root;
    }

    /// <summary>The options, each with its help text, default and parser.</summary>
    private sealed class SandboxOptionSet
    {
        public Option<int> Port { get; } = new("--port")
        {
            Description = "Port on 127.0.0.1; 0 picks a free one.",
            HelpName = "n",
            DefaultValueFactory = _ => DefaultPort,
            CustomParser = result => WholeNumber(result, 0, 65535),
        };

        public Option<FaultRule[]> Faults { get; } = new("--fault")
        {
            Description = "A fault to inject (repeatable): " + FaultRule.SyntaxHelp,
            HelpName = "spec",
            CustomParser = ParseFaults,
        };

        public Option<double?> Rate { get; } = new("--requests-per-second")
        {
            Description = "The organization's rate limit: 429 + Retry-After above this many requests per second, shared by every client.",
            HelpName = "n",
            CustomParser = PositiveNumber,
        };

        public Option<string> Headers { get; } = new Option<string>("--rate-limit-headers")
        {
            Description = "With --requests-per-second: x (X-RateLimit-*), ietf (RateLimit-*) or none.",
            HelpName = "style",
            DefaultValueFactory = _ => "x",
        }.AcceptOnlyFromAmong([.. HeaderStyles.Keys]);

        public Option<int> Lifetime { get; } = new("--token-lifetime")
        {
            Description = "Access token lifetime in seconds.",
            HelpName = "seconds",
            DefaultValueFactory = _ => 3600,
            CustomParser = result => WholeNumber(result, 1, 86_400),
        };

        public Option<bool> Https { get; } = new("--https") { Description = "Serve HTTPS with a self-signed certificate for 127.0.0.1 and localhost, made at start." };

        public Option<string?> CertificateFile { get; } = new("--certificate-file") { Description = "With --https: write the certificate there as PEM, for clients' SSL_CERT_FILE.", HelpName = "path" };

        public Option<string> Announce { get; } = new Option<string>("--announce")
        {
            Description = "What to print on stdout once listening: text (a banner) or json (one line for a parent process).",
            HelpName = "format",
            DefaultValueFactory = _ => "text",
        }.AcceptOnlyFromAmong("text", "json");

        public Option<bool> ExitOnStdinEof { get; } = new("--exit-on-stdin-eof") { Description = "Also stop when stdin reaches end of file: a parent keeps the pipe open, so the sandbox never outlives it, even after SIGKILL." };

        public Option<bool> Quiet { get; } = new("--quiet") { Description = "No log line per request on stderr." };

        public IEnumerable<Option> All => [Port, Faults, Rate, Headers, Lifetime, Https, CertificateFile, Announce, ExitOnStdinEof, Quiet];

        public LaunchSettings Read(ParseResult parse) => new(
            parse.GetValue(Port),
            parse.GetValue(Faults) ?? [],
            parse.GetValue(Rate),
            HeaderStyles[parse.GetValue(Headers)!],
            TimeSpan.FromSeconds(parse.GetValue(Lifetime)),
            parse.GetValue(Https),
            parse.GetValue(CertificateFile),
            parse.GetValue(Announce) == "json" ? AnnounceFormat.Json : AnnounceFormat.Text,
            parse.GetValue(ExitOnStdinEof),
            parse.GetValue(Quiet));
    }

    private static FaultRule[] ParseFaults(ArgumentResult result)
    {
        var rules = new List<FaultRule>();
        foreach (var token in result.Tokens)
        {
            try
            {
                rules.Add(FaultRule.Parse(token.Value));
            }
            catch (FormatException error)
            {
                result.AddError($"--fault: {error.Message}");
            }
        }

        return [.. rules];
    }

    private static int WholeNumber(ArgumentResult result, int min, int max)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        result.AddError($"{OptionName(result)} must be a whole number from {min} to {max} (got '{text}').");
        return min;
    }

    private static double? PositiveNumber(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number > 0 && double.IsFinite(number))
        {
            return number;
        }

        result.AddError($"{OptionName(result)} must be a positive number such as 20 or 0.5 (got '{text}').");
        return null;
    }

    private static string OptionName(ArgumentResult result) => (result.Parent as OptionResult)?.Option.Name ?? "the value";
}
