using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Faults;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>Issue 4 against the sandbox: throttling, token expiry, conflicts and what --verbose shows.</summary>
public sealed class ResilienceTests
{
    private const string WelcomePath = "/api/v1/messaging/templates/demo-welcome";

    [Fact]
    public async Task Approve_RateLimitedTwiceThenServed_Approves()
    {
        var options = new SandboxOptions();
        // Retry-After: 0, so the retries wait no wall-clock time.
        options.Faults.Add(new FaultRule("GET", WelcomePath, [429, 429], retryAfterSeconds: 0));
        await using var sandbox = await SandboxServer.StartAsync(options, TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox);

        var result = await cli.RunAsync("-t", DemoTemplates.Welcome, "--output", "json");

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Equal(3, result.Step("fetch").GetProperty("attempts").GetInt32());
        Assert.Equal([429, 429, 200], sandbox.Requests.Where(r => r.Method == "GET" && r.Path == WelcomePath).Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Approve_TokenExpiresMidRun_RefreshesOnceReplaysAndApproves()
    {
        SandboxServer? server = null;
        var expired = 0;
        var options = new SandboxOptions
        {
            BeforeRequest = (method, _) =>
            {
                if (method == "PUT" && Interlocked.Exchange(ref expired, 1) == 0)
                {
                    server!.ExpireAllTokens();
                }
            },
        };
        await using var sandbox = server = await SandboxServer.StartAsync(options, TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox);

        var result = await cli.RunAsync("-t", DemoTemplates.Welcome, "--output", "json");

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Equal(2, sandbox.Requests.Count(r => r.Path == "/oauth/token"));
        Assert.Equal([401, 200], sandbox.Requests.Where(r => r.Method == "PUT").Select(r => r.StatusCode));
        Assert.Equal("APPROVED", sandbox.State.FindTemplate(DemoTemplates.Welcome)!.Status);
    }

    [Fact]
    public async Task Approve_409BecauseAnotherProcessApproved_IsExit0AlreadyApprovedWithoutASecondRegistration()
    {
        // The first run's fetch passes through; the second run's fetch reads a stale PENDING copy (as if it had
        // fetched just before the first run approved), so its PUT meets a 409 and it must find out the rest.
        const string Stale = """{"id":"demo-welcome","name":"Welcome","status":"PENDING","content":"Welcome to Acme alerts! Reply STOP to opt out.","from_address":"12345","meta":{"created_at":"2026-11-01T10:00:00Z","updated_at":"2026-11-01T10:00:00Z"}}""";
        var options = new SandboxOptions();
        options.Faults.Add(new FaultRule("GET", WelcomePath, [200]));
        options.Faults.Add(new FaultRule("GET", WelcomePath, [200], body: Stale, contentType: "application/json"));
        await using var sandbox = await SandboxServer.StartAsync(options, TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox);
        var first = await cli.RunAsync("-t", DemoTemplates.Welcome);
        Assert.True(first.ExitCode == 0, first.Stdout + first.Stderr);

        var result = await cli.RunAsync("-t", DemoTemplates.Welcome, "--output", "json");

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Equal("already_approved", result.Template().GetProperty("outcome").GetString());
        Assert.Equal([200, 409], sandbox.Requests.Where(r => r.Method == "PUT").Select(r => r.StatusCode));
        Assert.Single(sandbox.State.A2PRegistrations, r => r.TemplateId == DemoTemplates.Welcome);
        Assert.Equal(2, sandbox.Requests.Count(r => r.Path == "/api/v1/a2p/registrations"));
    }

    [Fact]
    public async Task Approve_TemplateEditedBetweenFetchAndPut_RevalidatesAndApprovesTheNewVersion()
    {
        SandboxServer? server = null;
        var edited = 0;
        var options = new SandboxOptions
        {
            BeforeRequest = (method, _) =>
            {
                if (method == "PUT" && Interlocked.Exchange(ref edited, 1) == 0)
                {
                    server!.SimulateConcurrentEdit(DemoTemplates.Welcome);
                }
            },
        };
        await using var sandbox = server = await SandboxServer.StartAsync(options, TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox);

        var result = await cli.RunAsync("-t", DemoTemplates.Welcome, "--output", "json");

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Equal("approved", result.Template().GetProperty("outcome").GetString());
        Assert.Equal([409, 200], sandbox.Requests.Where(r => r.Method == "PUT").Select(r => r.StatusCode));
        Assert.Equal(2, sandbox.Requests.Count(r => r.Method == "GET" && r.Path == WelcomePath));
    }

    [Fact]
    public async Task Approve_ConflictThatDoesNotResolve_IsExit6WithAHint()
    {
        var options = new SandboxOptions();
        options.Faults.Add(new FaultRule("PUT", WelcomePath, [409]));
        await using var sandbox = await SandboxServer.StartAsync(options, TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox);

        var result = await cli.RunAsync("-t", DemoTemplates.Welcome, "--output", "json");

        Assert.Equal(6, result.ExitCode);
        var approve = result.Step("approve");
        Assert.Equal("failed", approve.GetProperty("status").GetString());
        Assert.Contains("updated_at", approve.GetProperty("hint").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("302", "text/html", "<html>sign in to the proxy</html>")]
    [InlineData("200", "text/html", "<html>sign in to the proxy</html>")]
    [InlineData("200", "application/json", "{\"id\": \"demo-welcome\", \"content\": ")]
    public async Task Fetch_AnswerThatIsNotTheApi_IsExit8WithAHintAndNoCrash(string status, string contentType, string body)
    {
        var options = new SandboxOptions();
        options.Faults.Add(new FaultRule("GET", WelcomePath, [int.Parse(status, System.Globalization.CultureInfo.InvariantCulture)], body: body, contentType: contentType));
        await using var sandbox = await SandboxServer.StartAsync(options, TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox);

        var result = await cli.RunAsync("-t", DemoTemplates.Welcome, "--output", "json");

        Assert.Equal(8, result.ExitCode);
        Assert.Contains("--base-url", result.Step("fetch").GetProperty("hint").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(sandbox.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task Verbose_ThroughA403OnThePut_ShowsTheExchangeAndNoSecretAndNamesTheScope()
    {
        const string WebhookSecret = "whsec-verbose-test-0123456789";
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox)
            .With("CXONE_CLIENT_ID", DemoCredentials.ReadOnlyClientId)
            .With("CXONE_CLIENT_SECRET", DemoCredentials.ReadOnlyClientSecret)
            .With("CXONE_WEBHOOK_SECRET", WebhookSecret);

        var text = await cli.RunAsync("-t", DemoTemplates.Welcome, "--verbose", "--webhook-url", "https://hooks.example.com/x");
        var json = await cli.RunAsync("-t", DemoTemplates.Welcome, "--verbose", "--output", "json", "--log-format", "json");

        foreach (var result in new[] { text, json })
        {
            Assert.Equal(4, result.ExitCode);
            var everything = result.Stdout + result.Stderr;
            Assert.Contains("PUT", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("403", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("messaging:write", result.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(DemoCredentials.ReadOnlyClientSecret, everything, StringComparison.Ordinal);
            Assert.DoesNotContain(Uri.EscapeDataString(DemoCredentials.ReadOnlyClientSecret), everything, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(WebhookSecret, everything, StringComparison.Ordinal);
        }

        // --log-format json: stderr is compact JSON, one event a line, for log shippers.
        var events = json.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(e.TryGetProperty("@t", out _) && e.TryGetProperty("@mt", out _)));

        var tokens = sandbox.Requests.Select(r => r.Headers.TryGetValue("Authorization", out var value) ? value : null)
            .OfType<string>().Select(v => v["Bearer ".Length..]).Distinct().ToList();
        Assert.NotEmpty(tokens);
        foreach (var token in tokens)
        {
            Assert.DoesNotContain(token, text.Stdout + text.Stderr + json.Stdout + json.Stderr, StringComparison.Ordinal);
        }
    }
}
