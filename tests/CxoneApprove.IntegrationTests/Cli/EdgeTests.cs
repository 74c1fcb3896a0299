using System.Text.Json;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>Issue 11: nothing written by surprise, nothing lost, nothing silent — at the edges a release gate trusts.</summary>
public sealed class EdgeTests
{
    public static TheoryData<string> UnwritableOutputs => new() { "--audit-file", "--junit", "GITHUB_STEP_SUMMARY" };

    [Theory]
    [MemberData(nameof(UnwritableOutputs))]
    public async Task UnwritableOutput_IsExit2NamingThePath_AndNothingReachesTheServer(string output)
    {
        await using var sandbox = await StartSandboxAsync();
        using var cli = new CliRun();
        cli.Against(sandbox);
        // A path under a regular file cannot be created, whoever runs the test (root included).
        var blocker = Path.Combine(cli.StateDirectory, "not-a-folder");
        File.WriteAllText(blocker, "");
        var path = Path.Combine(blocker, "out.file");
        string[] args = output == "GITHUB_STEP_SUMMARY" ? [] : [output, path];
        if (output == "GITHUB_STEP_SUMMARY")
        {
            cli.With("GITHUB_STEP_SUMMARY", path);
        }

        var run = await cli.RunAsync(["-t", DemoTemplates.Welcome, "--output", "json", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path, run.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, run.Json.GetProperty("exit_code").GetInt32());
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task SandboxFault_WithoutSandbox_IsExit2AndTheRealServerSeesNothing()
    {
        await using var sandbox = await StartSandboxAsync();
        using var cli = new CliRun();
        cli.Against(sandbox);

        var run = await cli.RunAsync("-t", DemoTemplates.Welcome, "--sandbox-fault", "GET /api/v1/messaging/templates/* status=404");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--sandbox-fault needs --sandbox", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task SandboxFlag_IgnoresTheEnvironmentsCredentials_AndSaysSoUnderVerbose()
    {
        using var cli = new CliRun();
        cli.With("CXONE_CLIENT_ID", "prod-client").With("CXONE_CLIENT_SECRET", "prod-secret-value").With("CXONE_ORG", "acme");

        var run = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "--verbose");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains($"demo client {DemoCredentials.ClientId}", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("prod-client", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoArguments_PrintsTheHelpOnStderrAndExits2()
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Usage:", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task EveryCommand_AnswersHelpAndDashH_WhateverItRequires()
    {
        using var cli = new CliRun();
        var pending = new Queue<string[]>([[]]);
        var seen = 0;
        while (pending.TryDequeue(out var path))
        {
            foreach (var flag in new[] { "--help", "-h" })
            {
                var run = await cli.RunAsync([.. path, flag]);
                Assert.True(run.ExitCode == 0, $"{string.Join(' ', path)} {flag}: exit {run.ExitCode}\n{run.Stderr}");
                Assert.Contains("Usage:", run.Stdout, StringComparison.Ordinal);
                if (flag == "--help")
                {
                    foreach (var sub in Subcommands(run.Stdout))
                    {
                        pending.Enqueue([.. path, sub]);
                    }
                }
            }

            seen++;
        }

        Assert.True(seen >= 7, $"walked only {seen} commands");
    }

    [Fact]
    public async Task TemplateFileDash_ReadsTheIdsFromStdin()
    {
        using var cli = new CliRun { Stdin = "# from a pipe\ndemo-welcome\ndemo-shipping\n" };

        var run = await cli.RunAsync("--sandbox", "--template-file", "-", "--output", "json");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Equal(["demo-welcome", "demo-shipping"], run.Json.GetProperty("templates").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task TemplateIdVariable_WithATrailingComma_SkipsTheEmptyEntry_ButAnEmptyOptionIsExit2()
    {
        using var cli = new CliRun();
        cli.With("CXONE_TEMPLATE_ID", "demo-welcome, ");

        var fromVariable = await cli.RunAsync("--sandbox");
        var fromOption = await cli.RunAsync("--sandbox", "-t", "");

        Assert.True(fromVariable.ExitCode == 0, fromVariable.Stdout + fromVariable.Stderr);
        Assert.Equal(2, fromOption.ExitCode);
        Assert.Contains("a template id is empty", fromOption.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientSecretDash_OnATerminal_PromptsWithoutEcho_AndOffATerminalReadsStdin()
    {
        await using var sandbox = await StartSandboxAsync();
        using var cli = new CliRun { StdinTerminal = true };
        cli.Against(sandbox).With("CXONE_CLIENT_SECRET", null);
        string? prompt = null;
        cli.PromptSecret = text =>
        {
            prompt = text;
            return DemoCredentials.ClientSecret;
        };

        var prompted = await cli.RunAsync("-t", DemoTemplates.Welcome, "--client-secret-file", "-");
        using var piped = new CliRun { Stdin = DemoCredentials.ClientSecret + "\n" };
        piped.Against(sandbox).With("CXONE_CLIENT_SECRET", null);
        var fromStdin = await piped.RunAsync("-t", DemoTemplates.Shipping, "--client-secret-file", "-");

        Assert.True(prompted.ExitCode == 0, prompted.Stdout + prompted.Stderr);
        Assert.Contains("not shown", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoCredentials.ClientSecret, prompted.Stdout + prompted.Stderr, StringComparison.Ordinal);
        Assert.True(fromStdin.ExitCode == 0, fromStdin.Stdout + fromStdin.Stderr);
    }

    [Fact]
    public async Task AuditWarnings_AreCountedInTheSummary_AnnotatedForGitHub_AndFlaggedInTheStepSummary()
    {
        using var cli = new CliRun();
        var summary = Path.Combine(cli.StateDirectory, "step-summary.md");
        cli.With("GITHUB_ACTIONS", "true").With("GITHUB_STEP_SUMMARY", summary);

        var run = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "--max-retries", "0",
            "--sandbox-fault", "POST /api/v1/audit/logs status=500");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 approved, 1 with warnings — 1 template", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("::warning title=cxone-approve demo-welcome::demo-welcome: audit warning:", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("⚠️ exit 0", File.ReadAllText(summary), StringComparison.Ordinal);
        // The sandbox is gone with the run: the hint must not send the user to flush into nowhere.
        Assert.Contains("this run's sandbox is gone", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReRun_OfAnApprovedTemplate_LeavesOneAuditLogOnTheServer()
    {
        await using var sandbox = await StartSandboxAsync();
        using var cli = new CliRun();
        cli.Against(sandbox);

        var first = await cli.RunAsync("-t", DemoTemplates.Welcome);
        var second = await cli.RunAsync("-t", DemoTemplates.Welcome, "--output", "json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("already_approved", second.Template().GetProperty("outcome").GetString());
        Assert.Single(sandbox.State.AuditLogs);
        Assert.Single(sandbox.State.A2PRegistrations);
    }

    [Fact]
    public async Task WebhookRefused_LeavesNoGeneratedSecretFileBehind()
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "--webhook-url", "https://hooks.acme.example/cxone",
            "--sandbox-fault", "POST /api/v1/webhooks status=400", "--output", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("warning", run.Step("webhook").GetProperty("status").GetString());
        Assert.Empty(Directory.GetFiles(cli.StateDirectory, "webhook-secret-*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("--timeout", "0", "--timeout must be a number above 0 and at most 86400 seconds (got \"0\")")]
    [InlineData("--max-retries", "abc", "--max-retries must be a whole number from 0 to 100 (got \"abc\")")]
    [InlineData("--concurrency", "65", "--concurrency must be a whole number from 1 to 64 (got \"65\")")]
    public async Task OutOfRangeValue_SaysTheRealRangeWithoutTypeNames(string option, string value, string message)
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: " + message, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Stderr, StringComparison.Ordinal);
    }

    private static Task<SandboxServer> StartSandboxAsync() => SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);

    // The names listed under "Commands:" in a help text.
    private static IEnumerable<string> Subcommands(string help)
    {
        var lines = help.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd() == "Commands:");
        if (start < 0)
        {
            yield break;
        }

        // A command's line starts with two spaces and its name; wrapped descriptions are indented further.
        for (var i = start + 1; i < lines.Length && lines[i].StartsWith("  ", StringComparison.Ordinal); i++)
        {
            if (System.Text.RegularExpressions.Regex.Match(lines[i], "^  ([a-z][a-z-]*)( |$)") is { Success: true } name)
            {
                yield return name.Groups[1].Value;
            }
        }
    }
}
