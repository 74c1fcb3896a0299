namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>Help as gh users expect it: suggestions for typos, errors pointing at the right help, wrapped blocks, examples.</summary>
public sealed class HelpTests
{
    [Fact]
    public async Task MistypedOption_SuggestsTheOption_AndPointsAtTheRootHelp()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("--templat", "demo-welcome");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'--templat'. Did you mean --template", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Run 'cxone-approve --help' for usage.", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MistypedSubcommand_SuggestsIt_AndPointsAtThatCommandsHelp()
    {
        using var cli = new CliRun();

        var typo = await cli.RunAsync("audit", "sho");
        var usage = await cli.RunAsync("audit", "flush", "--max-retries", "1000");
        var help = await cli.RunAsync("help", "audti");

        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("'sho'. Did you mean show?", typo.Stderr, StringComparison.Ordinal);
        Assert.Contains("Run 'cxone-approve audit --help' for usage.", typo.Stderr, StringComparison.Ordinal);
        Assert.Contains("Run 'cxone-approve audit flush --help' for usage.", usage.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, help.ExitCode);
        Assert.Contains("Did you mean audit?", help.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RootHelp_WrapsItsBlocksAtTheWidth_NeverMidWord_AndEndsWithExamples()
    {
        using var cli = new CliRun();
        cli.With("COLUMNS", "50");

        var result = await cli.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        var blocks = result.Stdout[result.Stdout.IndexOf("Environment variables", StringComparison.Ordinal)..];
        Assert.All(blocks.Split('\n'), line => Assert.True(line.Length <= 50 || line.StartsWith("  cxone-approve help", StringComparison.Ordinal), line));
        Assert.Matches(@"\n  CXONE_WEBHOOK_URL\s", result.Stdout);
        Assert.Contains("\n  4    authentication or authorization (OAuth\n       refused, 401, 403)\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Examples:\n  # Try it with no setup", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--sandbox-fault \"GET /api/v1/messaging/templates/* status=429,429 retry-after=1\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Template id to approve", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateHelp_HasItsOwnWordsForTemplate_AndItsOwnExamples()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("validate", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Template id to approve", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Template id to fetch and check", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("cxone-approve validate --file template.json", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Exit codes:", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpCommand_ShowsTheSameHelpAsTheOption()
    {
        using var cli = new CliRun();

        var viaCommand = await cli.RunAsync("help", "auth", "status");
        var viaOption = await cli.RunAsync("auth", "status", "--help");

        Assert.Equal(0, viaCommand.ExitCode);
        Assert.Equal(viaOption.Stdout, viaCommand.Stdout);
        Assert.Contains("cxone-approve auth status --profile staging", viaCommand.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_NamesTheCommitAndTheRuntime()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^cxone-approve \d+\.\d+\.\d+ \(commit [0-9a-f]{7,}|unknown; \.NET \d+\.\d+\.\d+, [a-z]+-[a-z0-9]+, (JIT|native AOT)\)\n$", result.Stdout);
    }
}
