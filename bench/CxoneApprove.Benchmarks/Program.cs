using CxoneApprove.Benchmarks;

// `validator`: how fast the compliance validator is on 1 MiB templates (issue 13); see bench/README.md.
if (args is ["validator", ..])
{
    return ValidatorSpeed.Run(args[1..], Console.Out);
}

// Issue 6's and issue 12's acceptance lines, measured: see bench/README.md. Figures on stdout; exit 0 PASS, 1 FAIL, 2 bad arguments.
var settings = BenchmarkSettings.Parse(args, out var error);
if (settings is null)
{
    if (error is null)
    {
        Console.WriteLine(BenchmarkSettings.Usage);
        return 0;
    }

    await Console.Error.WriteLineAsync($"error: {error}\n\n{BenchmarkSettings.Usage}");
    return 2;
}

// Ctrl+C plays the CLI's own Ctrl+C: the run stops with exit 130 and the figures so far are still printed.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

FigureReport.Header(Console.Out, settings);
var measured = settings.Processes is { } processes
    ? await SharedLimitRun.RunAsync(settings, processes, cancel.Token)
    : await BulkRun.RunAsync(settings, settings.RateLimit, cancel.Token);
FigureReport.Run(Console.Out, measured);

if (settings.Compare && !cancel.IsCancellationRequested)
{
    // The same run with the other side of the switch: a fresh sandbox, so the first run's bucket does not carry over.
    var other = await BulkRun.RunAsync(settings, settings.RateLimit is null ? settings.SandboxRequestsPerSecond : null, cancel.Token);
    FigureReport.Run(Console.Out, other);
    FigureReport.Comparison(Console.Out, measured, other);
}

FigureReport.Verdict(Console.Out, measured);
return measured.Passes ? 0 : 1;
