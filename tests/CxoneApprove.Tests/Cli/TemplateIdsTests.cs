using CxoneApprove.Cli;

namespace CxoneApprove.Tests.Cli;

public sealed class TemplateIdsTests
{
    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("x?y")]
    [InlineData("x#y")]
    [InlineData("50%")]
    [InlineData("a b")]
    [InlineData("tab\there")]
    [InlineData("nl\nhere")]
    [InlineData("bell\u0007")]
    public void Problem_MalformedId_IsRefused(string id) => Assert.NotNull(TemplateIds.Problem(id));

    [Theory]
    [InlineData("tpl-1001")]
    [InlineData("demo-welcome")]
    [InlineData("Ünïcode_ok.v2")]
    [InlineData("...x")]
    public void Problem_WellFormedId_IsAccepted(string id) => Assert.Null(TemplateIds.Problem(id));

    [Fact]
    public void Problem_LongerThan256_IsRefusedAnd256IsAccepted()
    {
        Assert.Null(TemplateIds.Problem(new string('a', 256)));
        Assert.Contains("256", TemplateIds.Problem(new string('a', 257)), StringComparison.Ordinal);
    }

    [Fact]
    public void Collect_OptionsWinOverTheEnvironment()
    {
        var ids = TemplateIds.Collect(["a", "b"], "c,d", null, _ => "");

        Assert.Equal(["a", "b"], ids);
    }

    [Fact]
    public void Collect_EnvironmentIsCommaSeparated()
    {
        var ids = TemplateIds.Collect([], " c , d ", null, _ => "");

        Assert.Equal(["c", "d"], ids);
    }

    [Fact]
    public void Collect_TemplateFile_SkipsCommentsAndBlankLinesAndKeepsOrder()
    {
        var ids = TemplateIds.Collect(["first"], null, "ids.txt", _ => "# release 42\nsecond\r\n\n  third  # inline comment\nfirst\n");

        Assert.Equal(["first", "second", "third"], ids);
    }

    [Fact]
    public void Collect_Nothing_IsAUsageErrorNamingOptionAndVariable()
    {
        var error = Assert.Throws<UsageException>(() => TemplateIds.Collect([], null, null, _ => ""));

        Assert.Contains("--template", error.Message, StringComparison.Ordinal);
        Assert.Contains("CXONE_TEMPLATE_ID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collect_EmptyEnvironmentVariable_CountsAsUnset()
    {
        var error = Assert.Throws<UsageException>(() => TemplateIds.Collect([], "  ", null, _ => ""));

        Assert.StartsWith("no template given", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collect_OneBadIdAmongGoodOnes_RefusesTheRun()
    {
        Assert.Throws<UsageException>(() => TemplateIds.Collect(["ok", "../etc/passwd"], null, null, _ => ""));
    }
}
