using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CxoneApprove.Cli;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Http;

namespace CxoneApprove.Benchmarks;

/// <summary>
/// One measured run: a fresh rate-limited sandbox on loopback, then the real CLI entry point, in this process, approving
/// <c>bulk-0001</c> … <c>bulk-NNNN</c> with <c>--output json</c>, its environment injected and its state in a temp dir.
/// </summary>
internal static class BulkRun
{
    private const string TokenPath = "/oauth/token";
    private const int ErrorExcerptLines = 10;

    public static async Task<BulkRunFigures> RunAsync(BenchmarkSettings settings, double? rateLimit, CancellationToken cancellationToken)
    {
        var scratch = Directory.CreateTempSubdirectory("cxone-approve-bench-");
        try
        {
            await using var sandbox = await SandboxServer.StartAsync(
                new SandboxOptions { RequestsPerSecond = settings.SandboxRequestsPerSecond }, cancellationToken);

            var templateFile = Path.Combine(scratch.FullName, "templates.txt");
            await File.WriteAllLinesAsync(templateFile, TemplateIds(settings.Templates), cancellationToken);

            var args = new List<string>
            {
                "--template-file", templateFile,
                "--output", "json",
                "--concurrency", settings.Concurrency.ToString(CultureInfo.InvariantCulture),
            };
            if (rateLimit is { } rate)
            {
                args.AddRange(["--rate-limit", rate.ToString(CultureInfo.InvariantCulture)]);
            }

            // The CLI reads only these; the benchmark's own environment (and the user's state directory) stays out of it.
            var environment = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["CXONE_BASE_URL"] = sandbox.BaseUrl.ToString(),
                ["CXONE_CLIENT_ID"] = DemoCredentials.ClientId,
                ["CXONE_CLIENT_SECRET"] = DemoCredentials.ClientSecret,
                ["XDG_STATE_HOME"] = scratch.FullName,
                ["HOME"] = scratch.FullName,
            };

            using var stdout = new StringWriter(CultureInfo.InvariantCulture);
            using var stderr = new StringWriter(CultureInfo.InvariantCulture);
            var context = new CliContext
            {
                Stdout = TextWriter.Synchronized(stdout),
                Stderr = TextWriter.Synchronized(stderr),
                Environment = name => environment.GetValueOrDefault(name),
            };

            var clock = Stopwatch.StartNew();
            var exitCode = await CliApp.RunAsync([.. args], context, cancellationToken);
            clock.Stop();

            return Counted(sandbox.Requests, new BulkRunFigures
            {
                RateLimit = rateLimit,
                Templates = settings.Templates,
                Outcomes = CountOutcomes(stdout.ToString()),
                ExitCode = exitCode,
                WallTime = clock.Elapsed,
                Cap = settings.SandboxRequestsPerSecond,
                ErrorExcerpt = exitCode == 0 ? null : Excerpt(stderr.ToString()),
            });
        }
        finally
        {
            DeleteScratch(scratch);
        }
    }

    /// <summary><paramref name="figures"/> with what the sandbox's request log says: requests, 429s, tokens, statuses.</summary>
    internal static BulkRunFigures Counted(IReadOnlyList<RecordedRequest> requests, BulkRunFigures figures)
    {
        var api = requests.Where(r => !IsTokenRequest(r)).ToList();
        return figures with
        {
            Requests = api.Count,
            Throttled = api.Count(r => r.StatusCode == 429),
            TokenRequests = requests.Count - api.Count,
            Statuses = api.GroupBy(r => r.StatusCode).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
        };
    }

    internal static void DeleteScratch(DirectoryInfo scratch)
    {
        try
        {
            scratch.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Best effort: it is a temp dir.
        }
    }

    internal static IEnumerable<string> TemplateIds(int count) =>
        Enumerable.Range(1, count).Select(i => $"{DemoTemplates.BulkPrefix}{i:D4}");

    private static bool IsTokenRequest(RecordedRequest request) =>
        request.Method == "POST" && request.Path.Equals(TokenPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>Templates per outcome in the CLI's JSON document; empty when stdout is not one (the run could not start).</summary>
    internal static Dictionary<string, int> CountOutcomes(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("templates", out var templates) || templates.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            return templates.EnumerateArray()
                .Select(t => t.TryGetProperty("outcome", out var outcome) ? outcome.GetString() ?? "(null)" : "(none)")
                .GroupBy(o => o, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return [];
        }
    }

    internal static string Excerpt(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var excerpt = string.Join('\n', lines.Take(ErrorExcerptLines));
        return lines.Length > ErrorExcerptLines ? $"{excerpt}\n… ({lines.Length - ErrorExcerptLines} more lines)" : excerpt;
    }
}
