using CxoneApprove.Compliance;

namespace CxoneApprove.Tests.Compliance;

/// <summary><c>shaft_content</c>, <c>high_risk_content</c> and <c>all_caps</c>: warnings that must not cry wolf.</summary>
public sealed class ContentRulesTests
{
    private const string OptOut = " Reply STOP to opt out";

    private static ValidationReport Validate(string content, ComplianceOptions? options = null) =>
        TemplateValidator.Validate(content + OptOut, "12345", options ?? ComplianceOptions.Default);

    private static List<ValidationWarning> Warnings(string content, string code, ComplianceOptions? options = null) =>
        [.. Validate(content, options).Warnings.Where(w => w.Code == code)];

    [Theory]
    [InlineData("Happy hour: $5 margaritas tonight", "alcohol", 0, 10)]
    [InlineData("Wine tasting this Friday", "alcohol", 0, 4)]
    [InlineData("New vape flavors in stock", "tobacco or vaping", 4, 4)]
    [InlineData("CBD gummies 20% off", "cannabis", 0, 3)]
    [InlineData("Ammo restock this weekend", "firearms", 0, 4)]
    [InlineData("Hot singles, xxx pics", "sexual content", 13, 3)]
    public void Shaft_CategoryWords_AreOneWarningAtTheFirst(string content, string category, int offset, int length)
    {
        var warning = Assert.Single(Warnings(content, Rules.ShaftContent));

        Assert.Contains($"reads as {category}", warning.Message, StringComparison.Ordinal);
        Assert.Equal((offset, length), (warning.Offset, warning.Length));
        Assert.True(Validate(content).Valid);
    }

    [Fact]
    public void Shaft_SeveralWordsOfOneCategory_NameThemInOneWarning()
    {
        var warning = Assert.Single(Warnings("Beer, wine and more wine at happy hour", Rules.ShaftContent));

        Assert.Contains("(\"Beer\", \"wine\", \"happy hour\")", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Glue gun sale at Acme Crafts")]
    [InlineData("Top Gun screening tonight")]
    [InlineData("Your flu shot is scheduled")]
    [InlineData("Pot roast special today")]
    [InlineData("Gunmetal finish, back in stock")]
    [InlineData("Rumors of a sale are true")]
    [InlineData("For the sake of time, pay online")]
    public void Shaft_LookAlikeWords_AreNotReported(string content)
    {
        Assert.Empty(Warnings(content, Rules.ShaftContent));
    }

    [Fact]
    public void Shaft_PolicyRaisesIt_ItFails()
    {
        var options = new ComplianceOptions { RuleSeverities = new Dictionary<string, RuleSeverity> { [Rules.ShaftContent] = RuleSeverity.Error } };

        Assert.Contains(Validate("Happy hour tonight", options).Violations, v => v.Rule == Rules.ShaftContent);
    }

    [Theory]
    [InlineData("Get a payday loan today", "payday or third-party lending")]
    [InlineData("Apply for a loan in minutes", "payday or third-party lending")]
    [InlineData("You are pre-approved for a loan", "payday or third-party lending")]
    [InlineData("Consolidate your debt now", "debt relief or credit repair")]
    [InlineData("Fix your credit score fast", "debt relief or credit repair")]
    [InlineData("Buy Bitcoin now", "cryptocurrency")]
    [InlineData("Casino night bonus", "gambling or get-rich offers")]
    [InlineData("Work from home, guaranteed income", "gambling or get-rich offers")]
    public void HighRisk_Offers_AreWarnings(string content, string category)
    {
        var warning = Assert.Single(Warnings(content, Rules.HighRiskContent));

        Assert.Contains($"reads as {category}", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Your loan payment is due Friday")]
    [InlineData("Loan #123 posted to your account")]
    [InlineData("Apply your store credit at checkout")]
    [InlineData("Your credit card statement is ready")]
    [InlineData("Debt payment received, thank you")]
    [InlineData("Apply now. Loans are not offered here")]
    public void HighRisk_StatementsAboutAnAccount_AreNotReported(string content)
    {
        Assert.Empty(Warnings(content, Rules.HighRiskContent));
    }

    [Theory]
    [InlineData("FREE SHIPPING TODAY only", 5, 8)]
    [InlineData("Your ORDER has SHIPPED", 5, 5)]
    public void AllCaps_TwoLongWordsInCapitals_AreAWarning(string content, int offset, int length)
    {
        var warning = Assert.Single(Warnings(content, Rules.AllCaps));

        Assert.Equal((offset, length), (warning.Offset, warning.Length));
    }

    [Theory]
    [InlineData("Reply HELP for help. UNSUBSCRIBE or STOPALL anytime")]
    [InlineData("ACME HEALTH: your visit is booked")]
    [InlineData("Your code is ABC12345 or XYZ98765")]
    [InlineData("URGENT: call us")]
    [InlineData("COVID HIPAA notice")]
    [InlineData("Hi {{FIRST_NAME}} {{LAST_NAME}}")]
    [InlineData("Envía ALTO o AYUDA, ARRÊT pour arrêter")]
    [InlineData("你好欢迎光临我们的商店 祝您购物愉快")]
    public void AllCaps_KeywordsBrandCodesAndAcronyms_AreNotShouting(string content)
    {
        Assert.Empty(Warnings(content, Rules.AllCaps, new ComplianceOptions { BrandNames = ["Acme Health"] }));
    }
}
