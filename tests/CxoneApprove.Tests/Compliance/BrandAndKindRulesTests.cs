using CxoneApprove.Compliance;

namespace CxoneApprove.Tests.Compliance;

/// <summary><c>brand_missing</c>, <c>help_missing</c> and <c>optin_confirm_incomplete</c>.</summary>
public sealed class BrandAndKindRulesTests
{
    private const string OptOut = " Reply STOP to opt out.";
    private const string Disclosed = " Msg freq varies. Msg & data rates may apply.";

    private static ComplianceOptions Brand(params string[] names) => new() { BrandNames = names };

    private static ValidationReport Validate(string content, string kind = "recurring", ComplianceOptions? options = null)
    {
        Assert.True(TemplateVocabulary.Kinds.TryParse(kind, out var parsed));
        return TemplateValidator.Validate(new MessageTemplate { Content = content, FromAddress = "12345", Kind = parsed }, options ?? ComplianceOptions.Default);
    }

    private static List<ReportedFinding> Of(ValidationReport report, string rule) =>
        [.. report.Violations.Where(v => v.Rule == rule).Cast<ReportedFinding>().Concat(report.Warnings.Where(w => w.Code == rule))];

    [Theory]
    [InlineData("sample")]
    [InlineData("first")]
    [InlineData("optin_confirm")]
    [InlineData("help_resp")]
    [InlineData("stop_resp")]
    public void BrandMissing_InAProgrammeMessage_IsAnErrorWithAPrefixFix(string kind)
    {
        var finding = Assert.Single(Of(Validate("Your order has shipped." + OptOut, kind, Brand("Acme")), Rules.BrandMissing));

        Assert.Equal((RuleSeverity.Error, 0, 0, "Acme: "), (finding.Severity, finding.Offset, finding.Length, finding.Fix));
    }

    [Fact]
    public void BrandMissing_InARecurringMessage_IsAWarning()
    {
        var report = Validate("Your order has shipped." + OptOut, options: Brand("Acme"));

        Assert.True(report.Valid);
        Assert.Equal(RuleSeverity.Warning, Assert.Single(Of(report, Rules.BrandMissing)).Severity);
    }

    [Theory]
    [InlineData("ACME: your order has shipped.", "Acme")]
    [InlineData("Your Café Rio order is ready.", "Cafe Rio")]
    [InlineData("Your Cafe Rio order is ready.", "Café Rio")]
    [InlineData("Acme Health: your visit is confirmed.", "Acme Health")]
    [InlineData("AT&T: your bill is ready.", "AT&T")]
    [InlineData("{{company_name}}: your order has shipped.", "Acme")]
    [InlineData("Your order from Shop or Acme has shipped.", "Acme")]
    public void BrandMissing_BrandAsWholeWords_IsFound(string content, string brand)
    {
        Assert.Empty(Of(Validate(content + OptOut, "first", Brand("Other", brand)), Rules.BrandMissing));
    }

    [Theory]
    [InlineData("Acmeshop: your order has shipped.")]
    [InlineData("Ac me: your order has shipped.")]
    public void BrandMissing_BrandOnlyInsideAnotherWord_DoesNotCount(string content)
    {
        Assert.Single(Of(Validate(content + OptOut, "first", Brand("Acme")), Rules.BrandMissing));
    }

    [Fact]
    public void BrandMissing_WithoutBrandNames_IsNotChecked()
    {
        Assert.Empty(Of(Validate("Your order has shipped." + OptOut, "first"), Rules.BrandMissing));
    }

    [Theory]
    [InlineData("[Company Name]: your order has shipped.", 0, 14)]
    [InlineData("Hi from {{business}}! Your order has shipped.", 8, 12)]
    [InlineData("<Brand> here: your order has shipped.", 0, 7)]
    public void BrandMissing_PlaceholderForTheBrandInASample_IsAnError(string content, int offset, int length)
    {
        var finding = Assert.Single(Of(Validate(content + OptOut, "sample"), Rules.BrandMissing));

        Assert.Equal((RuleSeverity.Error, offset, length), (finding.Severity, finding.Offset, finding.Length));
    }

    [Fact]
    public void BrandMissing_OtherPlaceholdersInASample_AreNotTheBrand()
    {
        Assert.Empty(Of(Validate("Acme: {{first_name}}, order [123] shipped." + OptOut, "sample", Brand("Acme")), Rules.BrandMissing));
    }

    [Fact]
    public void HelpMissing_OptInConfirmationWithoutHelp_IsAnError()
    {
        var report = Validate("Acme: you're subscribed, we're here to help." + Disclosed + OptOut, "optin_confirm");

        Assert.Equal(RuleSeverity.Error, Assert.Single(Of(report, Rules.HelpMissing)).Severity);
    }

    [Theory]
    [InlineData("Acme: you're subscribed. Reply HELP for help.")]
    [InlineData("Acme: you're subscribed. HELP for help.")]
    [InlineData("Acme: estás suscrito. Envía AYUDA para ayuda.")]
    [InlineData("Acme : vous êtes inscrit. Répondez AIDE pour de l'aide.")]
    [InlineData("Acme: you're subscribed. Questions? Call 800-555-0123.")]
    public void HelpMissing_OptInConfirmationWithHelp_Passes(string content)
    {
        Assert.Empty(Of(Validate(content + Disclosed + OptOut, "optin_confirm"), Rules.HelpMissing));
    }

    [Fact]
    public void HelpMissing_HelpReplyWithoutContact_IsAnError()
    {
        Assert.Single(Of(Validate("Acme alerts. Reply STOP to opt out.", "help_resp"), Rules.HelpMissing));
    }

    [Theory]
    [InlineData("Acme help: help@acme.com.")]
    [InlineData("Acme help: call (800) 555-0123.")]
    [InlineData("Acme help: https://acme.com/help")]
    public void HelpMissing_HelpReplyWithContact_Passes(string content)
    {
        Assert.Empty(Of(Validate(content + OptOut, "help_resp"), Rules.HelpMissing));
    }

    [Theory]
    [InlineData("Acme: subscribed. Reply HELP for help.", "how often messages come and that message and data rates may apply", "Msg freq varies. Msg & data rates may apply.")]
    [InlineData("Acme: subscribed. Reply HELP for help. Msg&data rates may apply.", "how often messages come —", "Msg freq varies.")]
    [InlineData("Acme: subscribed, 4 msgs/mo. Reply HELP for help.", "that message and data rates may apply", "Msg & data rates may apply.")]
    public void OptInConfirmIncomplete_MissingDisclosure_SaysWhichAndSuggestsIt(string content, string missing, string fix)
    {
        var finding = Assert.Single(Of(Validate(content + OptOut, "optin_confirm"), Rules.OptInConfirmIncomplete));

        Assert.Contains(missing, ((Violation)finding).Message, StringComparison.Ordinal);
        Assert.Equal(" " + fix, finding.Fix);
    }

    [Theory]
    [InlineData("Acme: subscribed. Reply HELP for help. Msg freq varies. Msg & data rates may apply.")]
    [InlineData("Acme: subscribed to recurring alerts. HELP for help. StdMsg&DataRatesMayApply.")]
    [InlineData("Acme: up to 2 messages per week. HELP for help. Message and data rates may apply.")]
    [InlineData("Acme: recibirás mensajes recurrentes. AYUDA para ayuda. Pueden aplicar cargos de msjs y datos.")]
    [InlineData("Acme : fréquence variable. AIDE pour de l'aide. Des frais de messagerie et de données peuvent s'appliquer.")]
    public void OptInConfirmIncomplete_AllDisclosed_Passes(string content)
    {
        var report = Validate(content + OptOut, "optin_confirm", Brand("Acme") with { MaxSegments = 3 });

        Assert.True(report.Valid, string.Join("; ", report.Violations.Select(v => v.Message)));
    }

    [Fact]
    public void OptInConfirmIncomplete_SpanishConfirmation_GetsSpanishAdvice()
    {
        var finding = Assert.Single(Of(Validate("Acme: gracias por suscribirte a las alertas. AYUDA para ayuda. Responde ALTO para cancelar.", "optin_confirm"), Rules.OptInConfirmIncomplete));

        Assert.Contains("La frecuencia de mensajes varía. Pueden aplicarse tarifas de mensajes y datos.", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void OptInConfirmIncomplete_OrdinaryMessage_NeedsNoDisclosures()
    {
        Assert.True(Validate("Acme: your order has shipped." + OptOut).Valid);
    }
}
