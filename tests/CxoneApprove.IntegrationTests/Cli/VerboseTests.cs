using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Faults;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>--verbose as support staff read it: each exchange stamped and named for its template, and no advice to use --verbose.</summary>
public sealed class VerboseTests
{
    [Fact]
    public async Task TwoTemplates_EveryExchangeLineNamesItsTemplateAndTime()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "-t", "demo-shipping", "--verbose", "--concurrency", "2");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var exchanges = result.Stderr.Split('\n').Where(l => l.Contains(" → ", StringComparison.Ordinal) || l.Contains(" ← ", StringComparison.Ordinal)).ToList();
        Assert.All(exchanges, line => Assert.Matches(@"^DBG \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \[demo-(welcome|shipping)\] [→←] ", line));
        Assert.Contains(exchanges, l => l.Contains("[demo-shipping] → PUT ", StringComparison.Ordinal));
        Assert.Contains(exchanges, l => l.Contains("[demo-welcome] → PUT ", StringComparison.Ordinal));
        Assert.Contains("    body: {\"id\":\"demo-welcome\"", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoCredentials.ClientSecret, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerThatIsNotTheApi_IsSummarised_AndItsHintDoesNotSayRunWithVerbose()
    {
        var options = new SandboxOptions();
        options.Faults.Add(new FaultRule("GET", "/api/v1/messaging/templates/*", [200, 200], body: "<html><title>Sign in to the proxy</title></html>", contentType: "text/html"));
        await using var sandbox = await SandboxServer.StartAsync(options, TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox);

        var quiet = await cli.RunAsync("-t", DemoTemplates.Welcome);
        var verbose = await cli.RunAsync("-t", DemoTemplates.Welcome, "--verbose");

        Assert.Equal(8, quiet.ExitCode);
        Assert.Contains("Run with --verbose to see the exchange.", quiet.Stdout, StringComparison.Ordinal);
        Assert.Equal(8, verbose.ExitCode);
        Assert.DoesNotContain("--verbose", verbose.Stdout, StringComparison.Ordinal);
        Assert.Contains("body: (text/html", verbose.Stderr, StringComparison.Ordinal);
        Assert.Contains("begins: Sign in to the proxy", verbose.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("<title>", verbose.Stderr, StringComparison.Ordinal);
    }
}
