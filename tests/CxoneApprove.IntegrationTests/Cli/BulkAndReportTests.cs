using System.Text.Json;
using System.Xml.Linq;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>Issue 6: many templates in one run, and the results CI systems read.</summary>
public sealed class BulkAndReportTests
{
    [Fact]
    public async Task FiftyTemplates_OneTokenRequest_OutcomesInInputOrder()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox);
        var ids = Enumerable.Range(1, 50).Select(i => $"bulk-{i:0000}").Reverse().ToList();
        var file = Path.Combine(cli.StateDirectory, "templates.txt");
        await File.WriteAllLinesAsync(file, ["# release gate", .. ids.Skip(1)], TestContext.Current.CancellationToken);

        var result = await cli.RunAsync("-t", ids[0], "--template-file", file, "--concurrency", "8", "--output", "json");

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Single(sandbox.Requests, r => r.Path == "/oauth/token");
        var templates = result.Json.GetProperty("templates").EnumerateArray().ToList();
        Assert.Equal(ids, templates.Select(t => t.GetProperty("id").GetString()));
        Assert.All(templates, t => Assert.Equal("approved", t.GetProperty("outcome").GetString()));
        Assert.Equal(1, templates.Count(t => t.GetProperty("steps")[0].GetProperty("attempts").GetInt32() == 1));
        Assert.Equal(50, sandbox.State.A2PRegistrations.Count);
    }

    [Fact]
    public async Task ManyTemplatesWithAWebhookUrl_ListAndRegisterTheWebhookOncePerRun()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox).With("CXONE_WEBHOOK_SECRET", "whsec-bulk-0123456789");
        string[] args = ["--webhook-url", "https://dash.example.com/hook", "--concurrency", "4", "--output", "json",
            .. Enumerable.Range(1, 8).SelectMany(i => new[] { "-t", $"bulk-{i:0000}" })];

        var result = await cli.RunAsync(args);

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Single(sandbox.Requests, r => r.Method == "GET" && r.Path == "/api/v1/webhooks");
        Assert.Single(sandbox.Requests, r => r.Method == "POST" && r.Path == "/api/v1/webhooks");
        var statuses = result.Json.GetProperty("templates").EnumerateArray()
            .Select(t => t.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "webhook").GetProperty("status").GetString())
            .ToList();
        Assert.Equal(1, statuses.Count(s => s == "ok"));
        Assert.Equal(7, statuses.Count(s => s == "skipped"));
    }

    [Fact]
    public async Task SeveralTemplates_ExitCodeIsThatOfTheFirstFailureInTheOrderGiven()
    {
        using var cli = new CliRun();

        var invalidFirst = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "-t", DemoTemplates.NoOptOut, "-t", "no-such-template");
        var missingFirst = await cli.RunAsync("--sandbox", "-t", "no-such-template", "-t", DemoTemplates.NoOptOut);

        Assert.Equal(3, invalidFirst.ExitCode);
        Assert.Equal(5, missingFirst.ExitCode);
    }

    [Fact]
    public async Task EnvironmentVariable_TakesCommaSeparatedIds()
    {
        using var cli = new CliRun();
        cli.With("CXONE_TEMPLATE_ID", "demo-welcome, demo-shipping");

        var result = await cli.RunAsync("--sandbox", "--output", "json");

        Assert.Equal(["demo-welcome", "demo-shipping"], result.Json.GetProperty("templates").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task OnATerminal_ALiveCountRunsOnStderrAndStatusesAreColoured_UnlessNoColor()
    {
        using var cli = new CliRun { Terminal = true };

        var colored = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "-t", DemoTemplates.Shipping);
        cli.With("NO_COLOR", "1");
        var plain = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "-t", DemoTemplates.Shipping);

        Assert.Contains("[2/2] 2 approved", colored.Stderr, StringComparison.Ordinal);
        Assert.Contains("\u001b[32mok", colored.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", plain.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotATerminal_PrintsPlainLinesOnly()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "-t", DemoTemplates.Shipping);

        Assert.DoesNotContain("\u001b[", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("[2/2]", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JunitReport_IsWellFormedWithOneTestcasePerTemplateAndFailuresCarryTheirMessage()
    {
        using var cli = new CliRun();
        var junit = Path.Combine(cli.StateDirectory, "reports", "cxone.xml");

        await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "-t", DemoTemplates.NoOptOut, "-t", "no-such-template", "--junit", junit);

        var document = XDocument.Load(junit);
        var cases = document.Descendants("testcase").ToList();
        Assert.Equal(["demo-welcome", "demo-no-optout", "no-such-template"], cases.Select(c => c.Attribute("name")!.Value));
        Assert.Null(cases[0].Element("failure"));
        Assert.Contains("opt_out", cases[1].Element("failure")!.Attribute("message")!.Value, StringComparison.Ordinal);
        Assert.Contains("404", cases[2].Element("failure")!.Attribute("message")!.Value, StringComparison.Ordinal);
        Assert.Equal("2", document.Descendants("testsuite").Single().Attribute("failures")!.Value);
    }

    [Fact]
    public async Task GitHubActions_GetsAStepSummaryTableAndErrorAnnotations()
    {
        using var cli = new CliRun();
        var summary = Path.Combine(cli.StateDirectory, "summary.md");
        cli.With("GITHUB_STEP_SUMMARY", summary).With("GITHUB_ACTIONS", "true");

        var result = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "-t", DemoTemplates.NoOptOut, "--output", "json");

        var lines = await File.ReadAllLinesAsync(summary, TestContext.Current.CancellationToken);
        Assert.Contains("| template | outcome | exit | latency (ms) | details |", lines);
        Assert.Contains(lines, l => l.StartsWith("| `demo-welcome` | approved | 0 |", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("| `demo-no-optout` | invalid | 3 |", StringComparison.Ordinal));
        Assert.Contains("::error title=cxone-approve demo-no-optout::", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("::error title=cxone-approve demo-welcome", result.Stderr, StringComparison.Ordinal);
        _ = result.Json; // stdout is still only the document
    }

    [Theory]
    [InlineData(DemoTemplates.Welcome, false)]
    [InlineData(DemoTemplates.Approved, false)]
    [InlineData(DemoTemplates.TooLong, false)]
    [InlineData("no-such-template", false)]
    [InlineData(DemoTemplates.NonGsm, true)]
    public async Task JsonOutput_ValidatesAgainstThePublishedSchema(string id, bool dryRun)
    {
        using var cli = new CliRun();
        string[] args = dryRun ? ["--sandbox", "-t", id, "--output", "json", "--dry-run"] : ["--sandbox", "-t", id, "--output", "json"];

        var result = await cli.RunAsync(args);

        Schemas.AssertValid(result.Stdout);
    }

    [Fact]
    public async Task JsonOutput_OfValidateAndOfAUsageError_ValidatesAgainstTheSchema()
    {
        using var cli = new CliRun();

        var offline = await cli.RunAsync("validate", "--content", "@home: your order shipped. Reply STOP to opt out", "--from", "12345", "--output", "json");
        var usage = await cli.RunAsync("-t", "../x", "--output", "json");

        Assert.Equal(0, offline.ExitCode);
        Schemas.AssertValid(offline.Stdout);
        Assert.Equal(2, usage.ExitCode);
        Schemas.AssertValid(usage.Stdout);
    }

    [Fact]
    public void Schema_RejectsADocumentThatBreaksTheContract()
    {
        var result = Schemas.Output.Value.Evaluate(JsonDocument.Parse("""{"ok":true,"exit_code":42,"latency_ms":-1,"templates":[]}""").RootElement);

        Assert.False(result.IsValid);
    }
}
