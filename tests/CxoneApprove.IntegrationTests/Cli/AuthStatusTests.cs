using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary><c>auth status</c> against the sandbox: the scopes a run needs against the granted ones, and nothing written.</summary>
public sealed class AuthStatusTests
{
    [Fact]
    public async Task ReadOnlyClient_Exits4NamingTheMissingScopes_AndSendsNothingButTheTokenRequest()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox).With("CXONE_CLIENT_ID", DemoCredentials.ReadOnlyClientId).With("CXONE_CLIENT_SECRET", DemoCredentials.ReadOnlyClientSecret);

        var status = await cli.RunAsync("auth", "status");

        Assert.Equal(4, status.ExitCode);
        Assert.Contains("missing messaging:write and a2p:write", status.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"approve\s+messaging:write\s+✗ missing messaging:write", status.Stdout);
        Assert.Matches(@"granted\s+messaging:read\n", status.Stdout);
        Assert.Equal(["POST /oauth/token"], sandbox.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.DoesNotContain(DemoCredentials.ReadOnlyClientSecret, status.Stdout + status.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadOnlyClient_HasWhatADryRunNeeds()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox).With("CXONE_CLIENT_ID", DemoCredentials.ReadOnlyClientId).With("CXONE_CLIENT_SECRET", DemoCredentials.ReadOnlyClientSecret);

        var status = await cli.RunAsync("auth", "status", "--dry-run");

        Assert.Equal(0, status.ExitCode);
        Assert.Matches(@"approve\s+messaging:write\s+not taken by a dry run", status.Stdout);
    }

    [Fact]
    public async Task FullClientWithAWebhook_Exits0_AndChecksTheHostAndTheClock()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox);

        var status = await cli.RunAsync("auth", "status", "--webhook-url", "https://dash.example.com/hook");

        Assert.True(status.ExitCode == 0, status.Stdout + status.Stderr);
        Assert.Matches(@"webhook\s+webhooks:write\s+ok", status.Stdout);
        Assert.Contains($"api host  {sandbox.Origin} reachable", status.Stdout, StringComparison.Ordinal);
        Assert.Contains("clock     in step with the server's", status.Stdout, StringComparison.Ordinal);
        Assert.Equal(["POST /oauth/token"], sandbox.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task WrongSecret_Exits4WithOAuthsRefusal_AndMissingSettings_Exit2NamingBoth()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox).With("CXONE_CLIENT_SECRET", "not-the-secret");

        var refused = await cli.RunAsync("auth", "status");
        using var bare = new CliRun();
        var missing = await bare.RunAsync("auth", "status");

        Assert.Equal(4, refused.ExitCode);
        Assert.Contains("invalid_client", refused.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--client-id or set CXONE_CLIENT_ID", missing.Stderr, StringComparison.Ordinal);
    }
}
