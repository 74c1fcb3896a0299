using System.Text.RegularExpressions;
using CxoneApprove.Cli;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Tests.Cli;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>Issue 12: what a bulk run tells the person or the script running it — quiet output, the failed ids, the live line.</summary>
public sealed partial class BulkFeedbackTests
{
    [Fact]
    public async Task Quiet_PrintsOnlyTheTemplatesThatFailed_AndTheSummaryEndsWithTheFailedIdsAndTheirExitCodes()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("--sandbox", "--quiet", "-t", DemoTemplates.Welcome, "-t", DemoTemplates.NoOptOut, "-t", "no-such-template");

        Assert.Equal(3, result.ExitCode);
        Assert.DoesNotContain("demo-welcome:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("demo-no-optout: invalid", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("no-such-template: failed", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("exit 3\nfailed:\n  demo-no-optout    exit 3\n  no-such-template  exit 5\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiet_StillPrintsATemplateThatWarns_ButNotTheOnesThatWentWell()
    {
        using var cli = new CliRun();

        // Only the first audit record is refused: the first template ends approved with a warning, the second clean.
        var result = await cli.RunAsync("--sandbox", "--quiet", "--concurrency", "1", "--max-retries", "0",
            "--sandbox-fault", "POST /api/v1/audit/logs status=503", "-t", DemoTemplates.Welcome, "-t", DemoTemplates.Shipping);

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Contains("demo-welcome: approved", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"audit +warning", result.Stdout);
        Assert.DoesNotContain("demo-shipping:", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("INF ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutQuiet_EveryTemplatePrints_AndARunWithoutFailuresEndsWithTheSummaryLine()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "-t", DemoTemplates.Shipping);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("demo-welcome: approved", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"2 approved — 2 templates in \d+ ms, exit 0\n$", result.Stdout);
    }

    [Fact]
    public async Task FailedFile_HoldsTheFailedIdsOneALine_ReadyForARerunWithTemplateFile()
    {
        using var cli = new CliRun();
        var failed = Path.Combine(cli.StateDirectory, "gate", "failed.txt");

        var first = await cli.RunAsync("--sandbox", "--failed-file", failed, "-t", DemoTemplates.Welcome, "-t", "no-such-template", "-t", DemoTemplates.NoOptOut);
        var listed = await File.ReadAllTextAsync(failed, TestContext.Current.CancellationToken);
        var rerun = await cli.RunAsync("--sandbox", "--template-file", failed, "--output", "json", "--failed-file", failed);

        Assert.Equal(5, first.ExitCode);
        Assert.Equal("no-such-template\ndemo-no-optout\n", listed);
        Assert.Equal(["no-such-template", "demo-no-optout"], rerun.Json.GetProperty("templates").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Equal(listed, await File.ReadAllTextAsync(failed, TestContext.Current.CancellationToken));
        Assert.Equal([Path.GetFileName(failed)], Directory.GetFiles(Path.GetDirectoryName(failed)!).Select(Path.GetFileName)); // no temporary file left
    }

    [Fact]
    public async Task FailedFile_AfterARunWithoutFailures_IsEmpty_SoNoStaleListSurvives()
    {
        using var cli = new CliRun();
        var failed = Path.Combine(cli.StateDirectory, "failed.txt");
        await File.WriteAllTextAsync(failed, "old-failure\n", TestContext.Current.CancellationToken);

        var result = await cli.RunAsync("--sandbox", "--failed-file", failed, "-t", DemoTemplates.Welcome);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", await File.ReadAllTextAsync(failed, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task FailedFile_ThatCannotBeWritten_IsExit2_BeforeAnyRequest()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox);
        var notAFolder = Path.Combine(cli.StateDirectory, "plain-file");
        await File.WriteAllTextAsync(notAFolder, "", TestContext.Current.CancellationToken);

        var result = await cli.RunAsync("-t", DemoTemplates.Welcome, "--failed-file", Path.Combine(notAFolder, "failed.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: cannot write --failed-file", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task OnATerminal_TheStepATemplateIsInShowsWhileTheServerWorksOnIt_AndNoLineIsEverGluedToTheStatusLine()
    {
        using var state = new CliRun();
        using var terminal = new StringWriter();
        var shared = TextWriter.Synchronized(terminal);
        string? whileTheServerApproves = null;
        var context = new CliContext
        {
            Stdout = shared,
            Stderr = shared,
            Environment = name => name is "XDG_STATE_HOME" or "HOME" ? state.StateDirectory : null,
            StdoutIsTerminal = true,
            StderrIsTerminal = true,
            StatusLineWidth = () => 120,
            SandboxLauncher = new InProcessSandbox(options => options.BeforeRequest = (method, path) =>
            {
                if (method == "PUT" && path.EndsWith("/bulk-0002", StringComparison.Ordinal))
                {
                    lock (shared)
                    {
                        whileTheServerApproves = terminal.ToString();
                    }
                }
            }),
        };

        var exit = await CliApp.RunAsync(["--sandbox", "--verbose", "--concurrency", "1", "-t", "bulk-0001", "-t", "bulk-0002"], context,
            TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        Assert.Equal("[1/2] 1 approved · bulk-0002 approve", TerminalScreen.Lines(whileTheServerApproves!)[^1]);
        var screen = TerminalScreen.Lines(terminal.ToString());
        Assert.DoesNotContain(screen, line => StatusText().IsMatch(line));
        Assert.Contains(screen, line => line.StartsWith("bulk-0001: approved", StringComparison.Ordinal));
        Assert.Contains(screen, line => line.StartsWith("DBG ", StringComparison.Ordinal) || line.StartsWith("INF ", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\[\d+/\d+\]")]
    private static partial Regex StatusText();
}
