using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>
/// What a run of templates shows while it runs: each template's block on stdout, in input order, as soon as it and
/// every earlier one are done (under <c>--quiet</c> only those that failed or warn), and, when stderr is a terminal,
/// a status line with the step of each template in flight. Other output written while it runs goes through
/// <see cref="Stderr"/> so it never lands on the status line.
/// </summary>
internal sealed class RunDisplay : IDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(500);

    private readonly OrderedPrinter _printer;
    private readonly RunProgress? _progress;
    private readonly StatusLine? _status;

    private RunDisplay(OrderedPrinter printer, RunProgress? progress, StatusLine? status, TextWriter stderr)
    {
        _printer = printer;
        _progress = progress;
        _status = status;
        Stderr = stderr;
    }

    /// <summary>Stderr for the run's log and warnings: erases the status line before it writes.</summary>
    public TextWriter Stderr { get; }

    /// <summary>The display for <paramref name="total"/> templates, as the terminal, <c>--output</c>, <c>--quiet</c> and <c>NO_COLOR</c> allow.</summary>
    public static RunDisplay Create(CliContext context, CommandOutput output, int total, bool quiet)
    {
        var live = context.StderrIsTerminal && !quiet;
        var progress = live ? new RunProgress(total, context.Time) : null;
        var status = progress is null ? null
            : new StatusLine(output.Stderr, context.StatusLineWidth ?? ConsoleWidth, progress.Render, context.Time, Tick);
        var stdout = status?.Guard(output.Stdout) ?? output.Stdout;
        var printer = new OrderedPrinter(total, output.Settings.Json ? null : stdout, TextRenderer.UsesColor(context), quiet ? WorthShowingWhenQuiet : null,
            output.Settings.ShowFix);
        return new RunDisplay(printer, progress, status, status?.Guard(output.Stderr) ?? output.Stderr);
    }

    /// <summary>A template has begun a step.</summary>
    public void Entered(StepEntered step)
    {
        if (_progress is not null)
        {
            _progress.Entered(step);
            _status!.Refresh();
        }
    }

    /// <summary>A template has finished: print what is due, and count it.</summary>
    public void Completed(int index, TemplateResult result)
    {
        _progress?.Completed(index, result);
        _printer.Completed(index, result);
        _status?.Refresh();
    }

    /// <summary>Erases the status line; what follows (summary, reports) prints plainly.</summary>
    public void Dispose() => _status?.Dispose();

    /// <summary>Under --quiet: templates that did not succeed, and those with any warning.</summary>
    private static bool WorthShowingWhenQuiet(TemplateResult result) =>
        ExitCodes.Of(result) != ExitCodes.Success
        || result.Steps.Any(s => s.Status == StepStatus.Warning)
        || result.Validation is { Warnings.Count: > 0 };

    private static int ConsoleWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
