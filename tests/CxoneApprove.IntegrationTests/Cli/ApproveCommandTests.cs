using System.Text.Json;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>The walking skeleton: the real CLI entry point against the sandbox over loopback.</summary>
public sealed class ApproveCommandTests
{
    private static readonly string[] StepOrder = ["token", "fetch", "validate", "approve", "a2p_register", "webhook", "audit"];

    [Fact]
    public async Task SandboxFlag_DemoWelcome_PrintsEveryStepWithLatencyAndExits0EveryTime()
    {
        using var cli = new CliRun();

        for (var run = 0; run < 2; run++)
        {
            var outcome = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome);

            Assert.True(outcome.ExitCode == 0, outcome.Stdout + outcome.Stderr);
            var lines = outcome.Stdout.Split('\n');
            foreach (var step in StepOrder)
            {
                Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, $@"^\s+{step}\s+(ok|skipped)\s+\d+ ms"));
            }

            Assert.Contains("demo-welcome: approved", outcome.Stdout, StringComparison.Ordinal);
            Assert.Contains("1 approved", outcome.Stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("demo-welcome", 0, "approved", null)]
    [InlineData("demo-approved", 0, "already_approved", null)]
    [InlineData("demo-too-long", 3, "invalid", "content_length")]
    [InlineData("demo-bad-sender", 3, "invalid", "from_address")]
    [InlineData("demo-no-optout", 3, "invalid", "opt_out")]
    [InlineData("demo-non-gsm", 3, "invalid", "content_length")]
    [InlineData("no-such-template", 5, "failed", null)]
    public async Task SandboxJson_EachDemoTemplate_HasItsDocumentedOutcome(string id, int exitCode, string outcome, string? rule)
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("--sandbox", "-t", id, "--output", "json");

        Assert.True(exitCode == result.ExitCode, result.Stdout + result.Stderr);
        var document = result.Json;
        Assert.Equal(exitCode, document.GetProperty("exit_code").GetInt32());
        Assert.Equal(exitCode == 0, document.GetProperty("ok").GetBoolean());
        var template = result.Template();
        Assert.Equal(id, template.GetProperty("id").GetString());
        Assert.Equal(outcome, template.GetProperty("outcome").GetString());
        Assert.Equal(StepOrder, template.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        if (rule is not null)
        {
            var rules = template.GetProperty("validation").GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("rule").GetString());
            Assert.Contains(rule, rules);
        }
    }

    [Fact]
    public async Task SandboxJson_NonGsmTemplate_WarnsAboutTheCharacterThatForcesUcs2()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("--sandbox", "-t", "demo-non-gsm", "--output", "json");

        var validation = result.Template().GetProperty("validation");
        Assert.Equal("UCS-2", validation.GetProperty("encoding").GetString());
        Assert.Contains(validation.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("message").GetString()!.Contains("U+2019", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SandboxJson_WrongSecret_IsExit4NamingInvalidClient()
    {
        using var cli = new CliRun();
        // An option still wins over the sandbox's demo secret, so a wrong secret can be rehearsed.
        var secretFile = Path.Combine(cli.StateDirectory, "wrong-secret");
        File.WriteAllText(secretFile, "not-the-secret\n");

        var result = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "--output", "json", "--client-secret-file", secretFile);

        Assert.Equal(4, result.ExitCode);
        var token = result.Step("token");
        Assert.Equal("failed", token.GetProperty("status").GetString());
        Assert.Contains("invalid_client", token.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoClientId_WithoutSandbox_IsExit2NamingOptionAndVariable()
    {
        using var cli = new CliRun();
        cli.With("CXONE_ORG", "acme").With("CXONE_CLIENT_SECRET", "s");

        var result = await cli.RunAsync("-t", DemoTemplates.Welcome, "--output", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--client-id", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("CXONE_CLIENT_ID", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, result.Json.GetProperty("exit_code").GetInt32());
    }

    [Fact]
    public async Task Options_BeatEnvironmentVariables()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox).With("CXONE_CLIENT_ID", "someone-else").With("CXONE_TEMPLATE_ID", "no-such-template");

        var result = await cli.RunAsync("--client-id", DemoCredentials.ClientId, "-t", DemoTemplates.Welcome);

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
    }

    [Theory]
    [InlineData("--base-url", "http://cxone.example.com", "https")]
    [InlineData("--base-url", "ftp://127.0.0.1", "http(s)")]
    [InlineData("--webhook-url", "http://dash.example.com/hook", "https")]
    [InlineData("--output", "xml", "xml")]
    [InlineData("--max-retries", "-1", "--max-retries")]
    [InlineData("--concurrency", "0", "--concurrency")]
    public async Task BadOptionValue_IsExit2WithAMessageAndNoRequest(string option, string value, string mentioned)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox);

        var result = await cli.RunAsync("-t", DemoTemplates.Welcome, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(mentioned, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task Approve_AgainstSandbox_SendsExactlyTheDocumentedRequests()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox).With("CXONE_WEBHOOK_SECRET", "whsec-0123456789abcdef");

        var result = await cli.RunAsync("-t", DemoTemplates.Welcome, "--webhook-url", "https://dashboard.example.com/hooks/cxone", "--output", "json");

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        var received = sandbox.Requests;
        Assert.Single(received, r => r.Method == "POST" && r.Path == "/oauth/token");
        Assert.Single(received, r => r.Method == "GET" && r.Path == "/api/v1/messaging/templates/demo-welcome");
        var put = Assert.Single(received, r => r.Method == "PUT" && r.Path == "/api/v1/messaging/templates/demo-welcome");
        Assert.Equal("APPROVED", JsonDocument.Parse(put.Body).RootElement.GetProperty("status").GetString());
        Assert.Single(received, r => r.Method == "POST" && r.Path == "/api/v1/a2p/registrations");
        Assert.Single(received, r => r.Method == "POST" && r.Path == "/api/v1/webhooks");
        var audit = Assert.Single(received, r => r.Method == "POST" && r.Path == "/api/v1/audit/logs");
        var latency = JsonDocument.Parse(audit.Body).RootElement.GetProperty("latency_ms");
        Assert.Equal(JsonValueKind.Number, latency.ValueKind);
        Assert.True(latency.TryGetInt64(out var ms) && ms >= 0);
    }

    [Fact]
    public async Task Approve_FormEncodesTheSecret_SoOneWithAmpersandEqualsPlusPercentSlashWorks()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox);
        Assert.Contains('&', DemoCredentials.ClientSecret);

        var result = await cli.RunAsync("-t", DemoTemplates.Welcome);

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
    }

    [Fact]
    public async Task Approve_SecretFromFileOrStdin_LosesOneTrailingNewline()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox).With("CXONE_CLIENT_SECRET", null);
        cli.Stdin = DemoCredentials.ClientSecret + "\n";

        var result = await cli.RunAsync("-t", DemoTemplates.Welcome, "--client-secret-file", "-");

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("x?y")]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("a b")]
    [InlineData("50%")]
    public async Task MalformedId_IsRefusedWithExit2BeforeAnyRequest(string id)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox);

        var result = await cli.RunAsync("-t", id);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("template id", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task DryRun_FetchesAndValidatesButWritesNothing()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox);

        var result = await cli.RunAsync("-t", DemoTemplates.Welcome, "--dry-run", "--output", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("valid", result.Template().GetProperty("outcome").GetString());
        Assert.DoesNotContain(sandbox.Requests, r => r.Method is "PUT" || (r.Method == "POST" && r.Path != "/oauth/token"));
    }

    [Fact]
    public async Task UnexpectedError_IsExit1WithOneLineAndNoStackTrace()
    {
        using var cli = new CliRun { ConfigureSandbox = _ => throw new InvalidOperationException("boom") };

        var quiet = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome);
        var verbose = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "--verbose");

        Assert.Equal(1, quiet.ExitCode);
        Assert.Contains("boom", quiet.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", quiet.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, verbose.ExitCode);
        Assert.Contains("   at ", verbose.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonOutput_PutsNothingButTheDocumentOnStdout()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "-t", "demo-no-optout", "--output", "json", "--verbose");

        var document = result.Json;
        Assert.Equal(3, document.GetProperty("exit_code").GetInt32());
        Assert.Equal(["demo-welcome", "demo-no-optout"], document.GetProperty("templates").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Contains("GET", result.Stderr, StringComparison.Ordinal);
    }
}
