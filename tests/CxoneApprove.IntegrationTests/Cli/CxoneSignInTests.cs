using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>Issue 14: the real CXone sign-in, offline — discovery, the password grant with Basic, then the approval.</summary>
public sealed class CxoneSignInTests
{
    [Fact]
    public async Task AuthCxone_DiscoversSignsInFindsTheTenantsHostAndApproves_WithNoSecretInTheVerboseOutput()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.With("CXONE_ISSUER", sandbox.Origin)
            .With("CXONE_CLIENT_ID", DemoCredentials.ApplicationClientId)
            .With("CXONE_CLIENT_SECRET", DemoCredentials.ApplicationClientSecret)
            .With("CXONE_ACCESS_KEY_ID", DemoCredentials.AccessKeyId)
            .With("CXONE_ACCESS_KEY_SECRET", DemoCredentials.AccessKeySecret);

        var run = await cli.RunAsync("-t", DemoTemplates.Welcome, "--auth", "cxone", "--verbose", "--output", "json");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Equal("approved", run.Template().GetProperty("outcome").GetString());
        var calls = sandbox.Requests.Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal(
            ["GET /.well-known/openid-configuration", "POST /auth/token", "GET /.well-known/cxone-configuration"],
            calls.Take(3));
        Assert.DoesNotContain("POST /oauth/token", calls);
        Assert.Contains($"PUT /api/v1/messaging/templates/{DemoTemplates.Welcome}", calls);
        Assert.Single(sandbox.State.AuditLogs);
        foreach (var secret in new[] { DemoCredentials.ApplicationClientSecret, DemoCredentials.AccessKeySecret,
            Uri.EscapeDataString(DemoCredentials.AccessKeySecret), Uri.EscapeDataString(DemoCredentials.ApplicationClientSecret) })
        {
            Assert.DoesNotContain(secret, run.Stdout + run.Stderr, StringComparison.Ordinal);
        }

        Assert.Contains("Authorization: Basic ***", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("password=***", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthCxone_WrongAccessKey_IsExit4NamingInvalidGrant()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.With("CXONE_ISSUER", sandbox.Origin)
            .With("CXONE_CLIENT_ID", DemoCredentials.ApplicationClientId)
            .With("CXONE_CLIENT_SECRET", DemoCredentials.ApplicationClientSecret)
            .With("CXONE_ACCESS_KEY_ID", DemoCredentials.AccessKeyId)
            .With("CXONE_ACCESS_KEY_SECRET", "not-the-key-secret");

        var run = await cli.RunAsync("-t", DemoTemplates.Welcome, "--auth", "cxone", "--output", "json");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("invalid_grant", run.Step("token").GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(sandbox.Requests, r => r.Method == "PUT");
        Assert.DoesNotContain("not-the-key-secret", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }
}
