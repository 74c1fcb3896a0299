using System.Xml.Linq;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>Issue 13: findings in CI — JUnit failures and GitHub annotations carry each rule id and where it is.</summary>
public sealed class CiFindingsTests
{
    // The content starts on line 2, column 14; its escapes (\u201c, \n) take more room in the file than in the content.
    private const string PromoFile = "{\"id\": \"promo\",\n \"content\": \"\\u201cBig\\u201d sale!\\nHUGE CLEARANCE EVENT TODAY at https://bit.ly/x\",\n \"from_address\": \"12345\"}\n";

    [Fact]
    public async Task TemplateFile_UnderGitHubActions_AnnotatesEachFindingAtItsLineAndColumn()
    {
        using var cli = new CliRun();
        var folder = Directory.CreateDirectory(Path.Combine(cli.StateDirectory, "templates")).FullName;
        var path = Path.Combine(folder, "promo.json");
        await File.WriteAllTextAsync(path, PromoFile, TestContext.Current.CancellationToken);
        cli.With("GITHUB_ACTIONS", "true").With("GITHUB_WORKSPACE", cli.StateDirectory);

        var run = await cli.RunAsync("validate", "--file", path, "-o", "json");

        Assert.Equal(3, run.ExitCode);
        var annotations = run.Stderr.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.Contains(annotations, a => a.StartsWith("::error title=cxone-approve promo::promo: opt_out: content has no opt-out instruction", StringComparison.Ordinal));
        Assert.Contains(annotations, a => a.StartsWith($"::error file=templates/promo.json,line=2,col=67,title=cxone-approve promo::promo: url_shortener at {path}:2:67: ", StringComparison.Ordinal));
        Assert.Contains(annotations, a => a.StartsWith("::warning file=templates/promo.json,line=2,col=42,title=cxone-approve promo::promo: all_caps at ", StringComparison.Ordinal));
        // Both curly quotes are one annotation, as they are one line of the picture.
        Assert.Single(annotations, a => a.Contains("non_gsm_character", StringComparison.Ordinal));
        Assert.Contains(annotations, a => a.StartsWith("::warning file=templates/promo.json,line=2,col=14,", StringComparison.Ordinal));
        Assert.Equal(4, annotations.Count);
    }

    [Fact]
    public async Task InlineContent_UnderGitHubActions_PutsTheRuleAndOffsetInTheMessage()
    {
        using var cli = new CliRun();
        cli.With("GITHUB_ACTIONS", "true");

        var run = await cli.RunAsync("validate", "--content", "Track it at https://bit.ly/x Reply STOP to opt out", "--from", "12345");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("::error title=cxone-approve inline::inline: url_shortener at character 13 (offset 12): \"https://bit.ly/x\" uses bit.ly",
            run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("file=", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Junit_FailureNamesEachViolationWithItsPlace_AndListsTheWarningsToo()
    {
        using var cli = new CliRun();
        var path = Path.Combine(cli.StateDirectory, "promo.json");
        await File.WriteAllTextAsync(path, PromoFile, TestContext.Current.CancellationToken);
        var junit = Path.Combine(cli.StateDirectory, "report.xml");

        var run = await cli.RunAsync("validate", "--file", path, "--junit", junit);

        Assert.Equal(3, run.ExitCode);
        var testcase = XDocument.Load(junit).Descendants("testcase").Single();
        Assert.Equal(path, testcase.Attribute("file")?.Value);
        var failure = testcase.Element("failure")!;
        Assert.StartsWith("opt_out: content has no opt-out instruction", failure.Attribute("message")!.Value, StringComparison.Ordinal);
        Assert.Contains($"; url_shortener at {path}:2:67: ", failure.Attribute("message")!.Value, StringComparison.Ordinal);
        var lines = failure.Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"error url_shortener at {path}:2:67: ", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("(https://www.twilio.com/docs/api/errors/30857)", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"warning all_caps at {path}:2:42: ", lines[2], StringComparison.Ordinal);
        Assert.Contains("│ HUGE CLEARANCE EVENT TODAY at https://bit.ly/x", testcase.Element("system-out")!.Value, StringComparison.Ordinal);
    }
}
