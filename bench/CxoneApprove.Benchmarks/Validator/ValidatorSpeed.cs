using System.Diagnostics;
using System.Globalization;
using CxoneApprove.Compliance;

namespace CxoneApprove.Benchmarks;

/// <summary>
/// How fast the validator is: each workload validated a few times to warm up, then timed over a number of
/// runs; prints min, median and max wall time, allocations and findings per run, and PASS when every
/// 1 MiB body validates in under a second (issue 13's line: "well under a second").
/// </summary>
internal static class ValidatorSpeed
{
    private const int WarmUps = 3;
    private const double Limit = 1000;

    /// <summary>Runs the benchmark; <paramref name="args"/>: <c>[--runs N]</c>. Returns the exit code (0 PASS, 1 FAIL, 2 bad arguments).</summary>
    public static int Run(string[] args, TextWriter output)
    {
        var runs = 20;
        if (args is ["--runs", var value] && int.TryParse(value, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= 1000)
        {
            runs = parsed;
        }
        else if (args.Length > 0)
        {
            output.WriteLine("Usage: CxoneApprove.Benchmarks validator [--runs N]   (N from 1 to 1000, default 20)");
            return 2;
        }

        output.WriteLine($"cxone-approve validator benchmark: {runs} timed runs per workload after {WarmUps} warm-ups");
        output.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        output.WriteLine();
        output.WriteLine($"  {"workload",-34} {"size",9} {"min",10} {"median",10} {"max",10} {"alloc/run",11} {"findings",9}");

        var slowest = 0.0;
        foreach (var workload in ValidatorWorkloads.All)
        {
            var figures = Measure(workload, runs);
            output.WriteLine(Invariant($"  {workload.Name,-34} {workload.Template.Content!.Length,9} {Ms(figures.Min),10} {Ms(figures.Median),10} {Ms(figures.Max),10} {figures.AllocatedBytes / 1048576.0,8:0.0} MB {figures.Findings,9}"));
            if (workload.Template.Content.Length >= ValidatorWorkloads.Mebibyte - 1)
            {
                slowest = Math.Max(slowest, figures.Median);
            }
        }

        output.WriteLine();
        var passes = slowest < Limit;
        output.WriteLine(Invariant($"{(passes ? "PASS" : "FAIL")}: the slowest 1 MiB body validates in {slowest:0.0} ms (median; need < {Limit:0} ms)"));
        return passes ? 0 : 1;
    }

    private static Figures Measure(ValidatorWorkload workload, int runs)
    {
        var findings = 0;
        for (var i = 0; i < WarmUps; i++)
        {
            findings = Count(TemplateValidator.Validate(workload.Template, workload.Options));
        }

        var times = new double[runs];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            findings = Count(TemplateValidator.Validate(workload.Template, workload.Options));
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        var perRun = (GC.GetAllocatedBytesForCurrentThread() - allocated) / runs;
        Array.Sort(times);
        return new Figures(times[0], times[runs / 2], times[^1], perRun, findings);
    }

    private static int Count(ValidationReport report) => report.Violations.Count + report.Warnings.Count;

    private static string Ms(double ms) => Invariant($"{ms:0.00} ms");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Figures(double Min, double Median, double Max, long AllocatedBytes, int Findings);
}
