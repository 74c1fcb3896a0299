using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using CxoneApprove.Cli;
using CxoneApprove.Cli.Sandbox;
using CxoneApprove.IntegrationTests.Sandbox;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>The sandbox runs this collection's tests alone: they count this process's sandbox children.</summary>
[CollectionDefinition(nameof(SandboxChildren), DisableParallelization = true)]
public sealed class SandboxChildren;

/// <summary>
/// <c>--sandbox</c> and <c>sandbox</c> with the tool's own launcher: the built <c>cxone-approve-sandbox</c> in the
/// test's output folder, started as a child process, end to end.
/// </summary>
[Collection(nameof(SandboxChildren))]
public sealed partial class SandboxChildProcessTests
{
    private static readonly SandboxExecutable Beside = SandboxExecutable.BesideTool();

    [Fact]
    public async Task SandboxRun_ApprovesThroughTheExecutable_AndNothingListensOrRunsAfterIt()
    {
        using var cli = new CliRun { SandboxExecutable = Beside };

        var result = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "--output", "json", "--verbose");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("approved", result.Template().GetProperty("outcome").GetString());
        Assert.Null(result.InProcessSandbox);
        var port = int.Parse(SandboxUrl().Match(result.Stderr).Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);
        await Assert.ThrowsAsync<SocketException>(async () =>
        {
            using var probe = new TcpClient();
            await probe.ConnectAsync("127.0.0.1", port, TestContext.Current.CancellationToken);
        });
        Assert.Empty(SandboxChildrenOfThisProcess());
    }

    [Fact]
    public async Task MalformedSandboxFault_IsExit2WithTheSandboxsOneLine()
    {
        using var cli = new CliRun { SandboxExecutable = Beside };

        var result = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "--sandbox-fault", "PUT /x status=999");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: --sandbox-fault: invalid fault 'PUT /x status=999': status value '999'", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(SandboxChildrenOfThisProcess());
    }

    [Fact]
    public async Task FrameworkDependentSandbox_WithoutAnAppHost_RunsOnTheDotnetHost()
    {
        using var cli = new CliRun();
        var folder = Directory.CreateDirectory(Path.Combine(cli.StateDirectory, "portable")).FullName;
        foreach (var file in new[] { "cxone-approve-sandbox.dll", "cxone-approve-sandbox.deps.json", "cxone-approve-sandbox.runtimeconfig.json", "System.CommandLine.dll" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, file), Path.Combine(folder, file));
        }

        cli.SandboxExecutable = new SandboxExecutable(folder);
        var result = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Shipping, "--output", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("approved", result.Template().GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task MissingSandboxExecutable_IsExit2SayingWhereItShouldBe()
    {
        using var cli = new CliRun();
        var empty = Directory.CreateDirectory(Path.Combine(cli.StateDirectory, "empty")).FullName;
        cli.SandboxExecutable = new SandboxExecutable(empty);

        var run = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome);
        var serve = await cli.RunAsync("sandbox");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: cannot find the sandbox: cxone-approve-sandbox is not beside cxone-approve in {empty}", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, serve.ExitCode);
        Assert.StartsWith("error: cannot find the sandbox", serve.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SandboxCommand_ServesInTheForegroundUntilCtrlC_ThenTheSandboxIsGone()
    {
        using var ctrlC = new CancellationTokenSource();
        var stdout = new LineWriter();
        var context = new CliContext { Stdout = stdout, Stderr = new LineWriter(), SandboxExecutable = Beside };

        var serving = CliApp.RunAsync(["sandbox", "--port", "0", "--announce", "json", "--quiet"], context, ctrlC.Token);
        var announced = JsonDocument.Parse(await stdout.FirstLine).RootElement;
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        using var stats = await http.GetAsync(announced.GetProperty("stats_url").GetString(), TestContext.Current.CancellationToken);
        await ctrlC.CancelAsync();
        var exit = await serving.WaitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, stats.StatusCode);
        Assert.Equal(0, exit);
        Assert.DoesNotContain(announced.GetProperty("pid").GetInt32(), SandboxChildrenOfThisProcess());
    }

    [Fact]
    public async Task SandboxCommand_PassesEveryArgumentThrough_HelpAndUsageErrorsAreTheSandboxs()
    {
        using var cli = new CliRun { SandboxExecutable = Beside };

        var help = await cli.RunAsync("sandbox", "--help");
        var bad = await cli.RunAsync("sandbox", "--fault", "PUT /x status=999");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("cxone-approve-sandbox [options]", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("--exit-on-stdin-eof", help.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.StartsWith("error: --fault: invalid fault 'PUT /x status=999'", bad.Stderr, StringComparison.Ordinal);
        Assert.Contains("Run 'cxone-approve sandbox --help' for usage.", bad.Stderr, StringComparison.Ordinal);
    }

    // Children of this process running the sandbox executable (its kernel name is cut to 15 characters).
    private static List<int> SandboxChildrenOfThisProcess()
    {
        var children = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                // stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after its closing parenthesis.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var cmdline = File.ReadAllText(Path.Combine(directory, "cmdline"));
                if (int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture) == Environment.ProcessId
                    && cmdline.Contains("cxone-approve-sandbox", StringComparison.Ordinal) && fields[0] != "Z")
                {
                    children.Add(pid);
                }
            }
            catch (IOException)
            {
                // It ended while we looked.
            }
        }

        return children;
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:(?<port>\d+)")]
    private static partial Regex SandboxUrl();
}
