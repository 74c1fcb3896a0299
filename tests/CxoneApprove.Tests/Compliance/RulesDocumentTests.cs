using CxoneApprove.Compliance;

namespace CxoneApprove.Tests.Compliance;

/// <summary>docs/rules.md, which README points to for every rule id, says what the validator does.</summary>
public sealed class RulesDocumentTests
{
    private static readonly string[] Rows = [.. File.ReadAllLines(PolicyTests.RepositoryFile("docs", "rules.md")).Where(l => l.StartsWith("| `", StringComparison.Ordinal))];

    public static TheoryData<string> RuleIds => [.. RuleCatalog.All.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryRuleId_HasARowNamingItsSource(string id)
    {
        var rule = RuleCatalog.Find(id)!;

        var rows = Rows.Where(r => r.StartsWith($"| `{id}` |", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(rows);
        Assert.Contains(rows, r => r.Contains(rule.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryRowOfTheRuleTables_IsARuleTheValidatorKnows()
    {
        // The table of message kinds starts its rows the same way.
        var documented = Rows.Select(r => r.Split('`')[1]).Where(id => !TemplateVocabulary.Kinds.TryParse(id, out _)).ToList();

        Assert.Equal(RuleCatalog.All.Count + 1, documented.Count); // opt_out has a row for WhatsApp too
        Assert.All(documented, id => Assert.NotNull(RuleCatalog.Find(id)));
    }
}
