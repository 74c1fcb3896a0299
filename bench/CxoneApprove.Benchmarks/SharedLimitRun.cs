using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.Benchmarks;

/// <summary>
/// Several CI jobs against one organization's limit, measured: one rate-limited sandbox on loopback, hosted in this
/// process, and N separate processes of the real CLI executable started together, each approving its own share of
/// <c>bulk-0001</c> … <c>bulk-NNNN</c> with default options (<c>--output json</c>, no <c>--rate-limit</c> unless given).
/// The sandbox's request log counts what every process sent and what was answered 429.
/// </summary>
internal static class SharedLimitRun
{
    private const string TokenPath = "/oauth/token";

    public static async Task<BulkRunFigures> RunAsync(BenchmarkSettings settings, int processes, CancellationToken cancellationToken)
    {
        var scratch = Directory.CreateTempSubdirectory("cxone-approve-bench-");
        try
        {
            var busy = new BusyWindow();
            await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions
            {
                RequestsPerSecond = settings.SandboxRequestsPerSecond,
                RequestLogged = request => busy.Saw(request.Path != TokenPath),
            }, cancellationToken);

            var shares = Share(settings.Templates, processes);
            var clock = Stopwatch.StartNew();
            var runs = shares.Select((ids, i) => RunCliAsync(settings, ids, Path.Combine(scratch.FullName, $"p{i + 1}"), sandbox.BaseUrl, cancellationToken)).ToList();
            var results = await Task.WhenAll(runs);
            clock.Stop();

            return BulkRun.Counted(sandbox.Requests, new BulkRunFigures
            {
                RateLimit = settings.RateLimit,
                Processes = processes,
                Templates = settings.Templates,
                Outcomes = results.SelectMany(r => r.Outcomes).GroupBy(o => o.Key, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Sum(o => o.Value), StringComparer.Ordinal),
                ExitCode = results.Select(r => r.ExitCode).FirstOrDefault(c => c != 0),
                ProcessExitCodes = [.. results.Select(r => r.ExitCode)],
                ProcessWallTimes = [.. results.Select(r => r.WallTime)],
                WallTime = clock.Elapsed,
                BusyTime = busy.Length,
                Cap = settings.SandboxRequestsPerSecond,
                Criterion = Criterion.For(processes),
                ErrorExcerpt = string.Join('\n', results.Where(r => r.ExitCode != 0).Select(r => r.ErrorExcerpt)) is { Length: > 0 } e ? e : null,
            });
        }
        finally
        {
            BulkRun.DeleteScratch(scratch);
        }
    }

    /// <summary>The ids split into <paramref name="processes"/> contiguous shares, as CI jobs would split a release.</summary>
    private static List<List<string>> Share(int templates, int processes) =>
        [.. BulkRun.TemplateIds(templates).Select((id, i) => (id, i)).GroupBy(x => x.i * processes / templates).Select(g => g.Select(x => x.id).ToList())];

    private static async Task<CliProcessResult> RunCliAsync(BenchmarkSettings settings, List<string> ids, string home, Uri baseUrl,
        CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(home);
        var templateFile = Path.Combine(home, "templates.txt");
        await File.WriteAllLinesAsync(templateFile, ids, cancellationToken);
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "cxone-approve"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in Arguments(settings, templateFile))
        {
            start.ArgumentList.Add(arg);
        }

        // The CLI reads only these; the user's own CXONE_* settings and state directory stay out of it.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("CXONE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["CXONE_BASE_URL"] = baseUrl.ToString();
        start.Environment["CXONE_CLIENT_ID"] = DemoCredentials.ClientId;
        start.Environment["CXONE_CLIENT_SECRET"] = DemoCredentials.ClientSecret;
        start.Environment["XDG_STATE_HOME"] = home;
        start.Environment["HOME"] = home;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start cxone-approve");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        clock.Stop();
        return new CliProcessResult(process.ExitCode, BulkRun.CountOutcomes(await stdout), clock.Elapsed, BulkRun.Excerpt(await stderr));
    }

    private static IEnumerable<string> Arguments(BenchmarkSettings settings, string templateFile)
    {
        yield return "--template-file";
        yield return templateFile;
        yield return "--output";
        yield return "json";
        yield return "--concurrency";
        yield return settings.Concurrency.ToString(CultureInfo.InvariantCulture);
        if (settings.RateLimit is { } rate)
        {
            yield return "--rate-limit";
            yield return rate.ToString(CultureInfo.InvariantCulture);
        }
    }

    private sealed record CliProcessResult(int ExitCode, Dictionary<string, int> Outcomes, TimeSpan WallTime, string ErrorExcerpt);

    /// <summary>From the first to the last counted request the sandbox answered: the time the limit was in use.</summary>
    private sealed class BusyWindow
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Lock _gate = new();
        private TimeSpan? _first;
        private TimeSpan _last;

        public TimeSpan Length
        {
            get
            {
                lock (_gate)
                {
                    return _first is { } first ? _last - first : TimeSpan.Zero;
                }
            }
        }

        public void Saw(bool counted)
        {
            if (!counted)
            {
                return;
            }

            lock (_gate)
            {
                _last = _clock.Elapsed;
                _first ??= _last;
            }
        }
    }
}
