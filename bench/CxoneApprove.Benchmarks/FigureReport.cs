using System.Globalization;

namespace CxoneApprove.Benchmarks;

/// <summary>Prints the figures of the runs for people: one block per run, a side-by-side table with --compare, the verdict.</summary>
internal static class FigureReport
{
    public static void Header(TextWriter output, BenchmarkSettings settings)
    {
        output.WriteLine(Invariant($"cxone-approve bulk benchmark: {settings.Templates} templates, sandbox limit {settings.SandboxRequestsPerSecond:0.###} req/s, --concurrency {settings.Concurrency}"));
        output.WriteLine(Invariant($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}"));
        output.WriteLine();
    }

    public static void Run(TextWriter output, BulkRunFigures run)
    {
        output.WriteLine($"== {Label(run)} ==");
        output.WriteLine(Invariant($"  templates          {run.Templates}"));
        output.WriteLine($"  outcomes           {Outcomes(run)}");
        output.WriteLine(Invariant($"  exit code          {run.ExitCode}"));
        output.WriteLine(Invariant($"  requests           {run.Requests} (excluding /oauth/token)"));
        output.WriteLine(Invariant($"  answered 429       {run.Throttled} ({run.ThrottledPercent:0.00} %)"));
        output.WriteLine(Invariant($"  token requests     {run.TokenRequests}"));
        output.WriteLine(Invariant($"  wall time          {run.WallTime.TotalSeconds:0.00} s"));
        output.WriteLine(Invariant($"  achieved rate      {run.RequestsPerSecond:0.00} req/s sent, {run.AcceptedPerSecond:0.00} req/s accepted"));
        if (run.Processes is { } processes)
        {
            var each = run.ProcessExitCodes.Select((code, i) => Invariant($"exit {code} in {run.ProcessWallTimes[i].TotalSeconds:0.00} s"));
            output.WriteLine($"  processes          {processes}: {string.Join("; ", each)}");
            output.WriteLine(Invariant($"  limit in use       {run.BusyTime?.TotalSeconds ?? 0:0.00} s, from the first request the sandbox counted to the last"));
            output.WriteLine(Invariant($"  share of the cap   {run.CapPercent:0.0} % of {run.Cap:0.###} req/s while in use; {run.WallCapPercent:0.0} % over the wall time (start-up included)"));
        }
        else
        {
            output.WriteLine(Invariant($"  share of the cap   {run.CapPercent:0.0} % of {run.Cap:0.###} req/s over the wall time"));
        }

        output.WriteLine($"  statuses           {(run.Statuses.Count == 0 ? "none" : string.Join(", ", run.Statuses.Select(s => Invariant($"{s.Key}: {s.Value}"))))}");
        if (run.ErrorExcerpt is { } excerpt)
        {
            output.WriteLine("  CLI stderr:");
            foreach (var line in excerpt.Split('\n'))
            {
                output.WriteLine($"    {line}");
            }
        }

        output.WriteLine();
    }

    public static void Comparison(TextWriter output, BulkRunFigures first, BulkRunFigures second)
    {
        const string Row = "  {0,-18} {1,22} {2,22}";
        output.WriteLine("== comparison ==");
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, Row, "", Short(first), Short(second)));
        WriteRow("failed templates", r => Invariant($"{r.Failed}"));
        WriteRow("exit code", r => Invariant($"{r.ExitCode}"));
        WriteRow("requests", r => Invariant($"{r.Requests}"));
        WriteRow("answered 429", r => Invariant($"{r.Throttled} ({r.ThrottledPercent:0.00} %)"));
        WriteRow("wall time", r => Invariant($"{r.WallTime.TotalSeconds:0.00} s"));
        WriteRow("sent req/s", r => Invariant($"{r.RequestsPerSecond:0.00}"));
        WriteRow("accepted req/s", r => Invariant($"{r.AcceptedPerSecond:0.00}"));
        WriteRow("criterion", r => r.Passes ? "met" : "not met");
        output.WriteLine();

        void WriteRow(string name, Func<BulkRunFigures, string> value) =>
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, Row, name, value(first), value(second)));
    }

    public static void Verdict(TextWriter output, BulkRunFigures run)
    {
        var verdict = run.Passes ? "PASS" : "FAIL";
        var cap = run.Criterion.MinCapPercent is { } floor ? Invariant($", {run.CapPercent:0.0} % of the cap (need >= {floor:0} %)") : "";
        output.WriteLine(Invariant(
            $"{verdict} ({run.Criterion.Source}): {Label(run)}: {run.Failed} failed templates (need 0), exit {run.ExitCode}, {run.ThrottledPercent:0.00} % of requests answered 429 (need < {run.Criterion.Max429Percent:0} %){cap}"));
    }

    private static string Label(BulkRunFigures run) => (run.RateLimit is { } rate
        ? Invariant($"with --rate-limit {rate:0.###}")
        : "without --rate-limit") + (run.Processes is { } n ? Invariant($", {n} process{(n == 1 ? "" : "es")}") : "");

    private static string Short(BulkRunFigures run) => run.RateLimit is { } rate ? Invariant($"--rate-limit {rate:0.###}") : "no --rate-limit";

    private static string Outcomes(BulkRunFigures run) => run.Outcomes.Count == 0
        ? "none listed (stdout held no JSON document with templates)"
        : string.Join(", ", run.Outcomes.Select(o => Invariant($"{o.Key} {o.Value}")));

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
