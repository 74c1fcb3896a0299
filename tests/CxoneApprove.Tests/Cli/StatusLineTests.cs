using CxoneApprove.Cli;
using CxoneApprove.Workflow;
using Microsoft.Extensions.Time.Testing;

namespace CxoneApprove.Tests.Cli;

/// <summary>The live status line as a person sees it: stdout and stderr on one terminal, emulated.</summary>
public sealed class StatusLineTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly StringWriter _terminal = new();

    [Fact]
    public void OutputWhileTheLineIsShown_TakesItsPlace_AndTheLineComesBackBelow()
    {
        var (progress, line) = Start(total: 2);
        var stdout = line.Guard(_terminal);
        progress.Entered(new StepEntered(0, "tpl-a", StepName.Fetch));
        progress.Entered(new StepEntered(1, "tpl-b", StepName.Approve));
        line.Refresh();

        stdout.Write("tpl-a: approved in 12 ms (exit 0)\n  token         ok            1 ms\n");

        Assert.Equal(["tpl-a: approved in 12 ms (exit 0)", "  token         ok            1 ms", "[0/2] tpl-a fetch · tpl-b approve"],
            TerminalScreen.Lines(_terminal.ToString()));
    }

    [Fact]
    public void ALogLineWrittenInPieces_IsNeverGluedToTheStatusLine_EvenWhenATickFallsBetweenThePieces()
    {
        var (progress, line) = Start(total: 6);
        var stderr = line.Guard(_terminal);
        progress.Entered(new StepEntered(2, "bulk-0003", StepName.A2pRegister));
        line.Refresh();

        stderr.Write("INF ");
        _time.Advance(TimeSpan.FromSeconds(1)); // the ticker wants to redraw: not while a line is open
        stderr.Write("retrying GET /api/v1/messaging/templates/bulk-0003");
        stderr.WriteLine();

        Assert.Equal(["INF retrying GET /api/v1/messaging/templates/bulk-0003", "[0/6] bulk-0003 a2p_register 1s"],
            TerminalScreen.Lines(_terminal.ToString()));
    }

    [Fact]
    public void ASlowStep_ShowsHowLongItHasTakenAsTimeGoesOn()
    {
        var (progress, _) = Start(total: 1);
        progress.Entered(new StepEntered(0, "demo-welcome", StepName.Approve));

        _time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(["[0/1] demo-welcome approve 3s"], TerminalScreen.Lines(_terminal.ToString()));
    }

    [Fact]
    public void CountsAndTheStepsInFlight_AreCutToTheTerminalsWidth_AndDisposeErasesTheLine()
    {
        var (progress, line) = Start(total: 60, width: 41);
        progress.Completed(0, new TemplateResult("bulk-0001", Outcome.Approved, null, 5, null, []));
        for (var i = 1; i < 5; i++)
        {
            progress.Entered(new StepEntered(i, $"bulk-{i + 1:0000}", StepName.Fetch));
        }

        line.Refresh();
        var shown = TerminalScreen.Lines(_terminal.ToString());
        line.Dispose();

        Assert.Equal(["[1/60] 1 approved · bulk-0002 fetch · b…"], shown);
        Assert.Empty(TerminalScreen.Lines(_terminal.ToString()));
    }

    public void Dispose() => _terminal.Dispose();

    private (RunProgress Progress, StatusLine Line) Start(int total, int width = 120)
    {
        var progress = new RunProgress(total, _time);
        return (progress, new StatusLine(_terminal, () => width, progress.Render, _time, TimeSpan.FromSeconds(1)));
    }
}
