using System.Text.Json;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>Issue 13: a team's policy file (<c>--policy</c>, <c>CXONE_POLICY</c>) on validate and approve; options beat it.</summary>
public sealed class PolicyFileTests
{
    private const string Alcohol = "Happy hour at Acme: 2-for-1 beer tonight. Reply STOP to opt out";

    [Fact]
    public async Task RuleRaisedToError_FailsTheTemplate_InViolations()
    {
        using var cli = new CliRun();
        var policy = Write(cli, """{"rules": {"shaft_content": "error"}}""");

        var without = await cli.RunAsync("validate", "--content", Alcohol, "--from", "12345", "-o", "json");
        var with = await cli.RunAsync("validate", "--content", Alcohol, "--from", "12345", "-o", "json", "--policy", policy);

        Assert.Equal(0, without.ExitCode);
        Assert.Contains(Findings(without, "warnings"), f => f.GetProperty("code").GetString() == "shaft_content");
        Assert.Equal(3, with.ExitCode);
        var raised = Assert.Single(Findings(with, "violations"), f => f.GetProperty("rule").GetString() == "shaft_content");
        Assert.Equal("error", raised.GetProperty("severity").GetString());
        Assert.DoesNotContain(Findings(with, "warnings"), f => f.GetProperty("code").GetString() == "shaft_content");
        Schemas.AssertValid(with.Stdout);
    }

    [Fact]
    public async Task RuleLoweredToWarning_LetsTheTemplatePass_WithTheWarning()
    {
        using var cli = new CliRun();
        var policy = Write(cli, """{"rules": {"opt_out": "warning"}}""");

        var run = await cli.RunAsync("validate", "--content", "Acme: your order has shipped.", "--from", "12345", "-o", "json", "--policy", policy);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(Findings(run, "violations"));
        var lowered = Assert.Single(Findings(run, "warnings"), f => f.GetProperty("code").GetString() == "opt_out");
        Assert.Equal("warning", lowered.GetProperty("severity").GetString());
        Schemas.AssertValid(run.Stdout);
    }

    [Fact]
    public async Task RuleTurnedOff_IsNotReportedAtAll()
    {
        using var cli = new CliRun();
        var policy = Write(cli, """{"rules": {"all_caps": "off"}}""");
        const string Shouting = "Acme: HUGE CLEARANCE EVENT TODAY. Reply STOP to opt out";

        var without = await cli.RunAsync("validate", "--content", Shouting, "--from", "12345");
        var with = await cli.RunAsync("validate", "--content", Shouting, "--from", "12345", "--policy", policy);

        Assert.Contains("all_caps", without.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("all_caps", with.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, with.ExitCode);
    }

    [Fact]
    public async Task EnvironmentVariable_NamesThePolicy_AndTheOptionBeatsIt()
    {
        using var cli = new CliRun();
        var strict = Write(cli, """{"rules": {"shaft_content": "error"}}""", "strict.json");
        var lenient = Write(cli, """{"rules": {"shaft_content": "off"}}""", "lenient.json");
        cli.With("CXONE_POLICY", strict);

        var fromEnv = await cli.RunAsync("validate", "--content", Alcohol, "--from", "12345");
        var fromOption = await cli.RunAsync("validate", "--content", Alcohol, "--from", "12345", "--policy", lenient);

        Assert.Equal(3, fromEnv.ExitCode);
        Assert.Equal(0, fromOption.ExitCode);
        Assert.DoesNotContain("shaft_content", fromOption.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandLineOptions_BeatThePolicy()
    {
        using var cli = new CliRun();
        var policy = Write(cli, """{"max_segments": 2, "sender_kinds": ["toll-free"]}""");
        var twoParts = "Acme: " + new string('a', 160) + " Reply STOP to opt out";

        var byPolicy = await cli.RunAsync("validate", "--content", twoParts, "--from", "+18005550199", "--policy", policy);
        var byOptions = await cli.RunAsync("validate", "--content", twoParts, "--from", "+18005550199", "--policy", policy,
            "--max-segments", "1", "--allow-sender", "short-code", "-o", "json");

        Assert.True(byPolicy.ExitCode == 0, byPolicy.Stdout);
        Assert.Equal(3, byOptions.ExitCode);
        var rules = Findings(byOptions, "violations").Select(v => v.GetProperty("rule").GetString()).ToList();
        Assert.Contains("content_length", rules);
        Assert.Contains("from_address", rules);
    }

    [Theory]
    [InlineData("""{"rules": {"all_cap": "off"}}""", "policy key \"rules.all_cap\" is not a rule id (did you mean \"all_caps\"?)")]
    [InlineData("""{"max_segments": "two"}""", "policy key \"max_segments\" must be a whole number from 1 to 10")]
    [InlineData("""{"brand": {"name": ["Acme"]}}""", "policy key \"brand.name\" is not one this tool knows (did you mean \"brand.names\"?)")]
    [InlineData("{\"rules\": ", "the policy is not valid JSON")]
    public async Task MalformedPolicy_IsExit2WithTheParsersSentence(string json, string expected)
    {
        using var cli = new CliRun();
        var policy = Write(cli, json);

        var run = await cli.RunAsync("validate", "--content", "Hi. Reply STOP to opt out", "--from", "12345", "--policy", policy, "-o", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: --policy {policy}: {expected}", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(expected, run.Json.GetProperty("error").GetString(), StringComparison.Ordinal);
        Schemas.AssertValid(run.Stdout);
    }

    [Fact]
    public async Task MissingPolicy_IsExit2_OnApproveBeforeAnyRequest()
    {
        using var cli = new CliRun();
        var missing = Path.Combine(cli.StateDirectory, "nowhere.json");

        var run = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "--policy", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"cannot read --policy {missing}: no such file", run.Stderr, StringComparison.Ordinal);
        Assert.Null(run.InProcessSandbox);
    }

    [Fact]
    public async Task Approve_HoldsTheFetchedTemplateToThePolicy()
    {
        using var cli = new CliRun();
        var policy = Write(cli, """{"brand": {"names": ["Zenith"]}, "rules": {"brand_missing": "error"}}""");

        var run = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "--policy", policy, "-o", "json");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains(Findings(run, "violations"), v => v.GetProperty("rule").GetString() == "brand_missing");
        Assert.Equal("skipped", run.Step("approve").GetProperty("status").GetString());
        Assert.DoesNotContain(run.InProcessSandbox!.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task ExamplePolicy_FitsItsSchema_IsAccepted_AndIsTheOneTheReadmeShows()
    {
        var example = Schemas.RepositoryFile("docs", "policy.example.json");
        var text = await File.ReadAllTextAsync(example, TestContext.Current.CancellationToken);
        using var cli = new CliRun();

        var run = await cli.RunAsync("validate", "--policy", example, "--content", Alcohol, "--from", "12345", "-o", "json");

        Schemas.AssertValid(text, Schemas.Policy.Value);
        Assert.Equal(3, run.ExitCode); // the example raises shaft_content to an error
        Assert.Contains(Findings(run, "violations"), v => v.GetProperty("rule").GetString() == "shaft_content");
        var readme = await File.ReadAllTextAsync(Schemas.RepositoryFile("README.md"), TestContext.Current.CancellationToken);
        Assert.Contains(text.Trim(), readme, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicySchema_RejectsAnUnknownSeverity() =>
        Assert.False(Schemas.Policy.Value.Evaluate(JsonDocument.Parse("""{"rules": {"opt_out": "fatal"}}""").RootElement).IsValid);

    private static IEnumerable<JsonElement> Findings(CliOutcome run, string list) =>
        run.Template().GetProperty("validation").GetProperty(list).EnumerateArray();

    private static string Write(CliRun cli, string json, string name = "policy.json")
    {
        var path = Path.Combine(cli.StateDirectory, name);
        File.WriteAllText(path, json);
        return path;
    }
}
