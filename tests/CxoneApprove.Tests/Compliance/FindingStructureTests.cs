using System.Text.Json;
using CxoneApprove.Compliance;

namespace CxoneApprove.Tests.Compliance;

/// <summary>Every finding says how much it counts, where it is, what could replace it and on whose authority.</summary>
public sealed class FindingStructureTests
{
    private static ValidationReport Validate(string content, ComplianceOptions? options = null) =>
        TemplateValidator.Validate(content, "12345", options ?? ComplianceOptions.Default);

    private static ComplianceOptions WithSeverity(string rule, RuleSeverity severity) =>
        new() { RuleSeverities = new Dictionary<string, RuleSeverity> { [rule] = severity } };

    [Fact]
    public void Validate_CurlyApostrophe_IsAWarningAtItsPlaceWithASafeFix()
    {
        var report = Validate("It’s here. Reply STOP to opt out");

        var warning = Assert.Single(report.Warnings);
        Assert.Equal((RuleSeverity.Warning, 2, 1, "'", true), (warning.Severity, warning.Offset, warning.Length, warning.Fix, warning.FixIsSafe));
        Assert.Equal("https://www.twilio.com/docs/glossary/what-is-gsm-7-character-encoding", warning.Source);
        Assert.Equal("It's here. Reply STOP to opt out", report.FixedContent);
    }

    [Fact]
    public void Validate_FourCurlyQuotes_FixedContentReplacesEveryOne()
    {
        var report = Validate("“Big” ‘deal’ today. Reply STOP to opt out");

        Assert.Equal([0, 4, 6, 11], report.Warnings.Select(w => w.Offset ?? -1));
        Assert.Equal("\"Big\" 'deal' today. Reply STOP to opt out", report.FixedContent);
    }

    [Fact]
    public void Validate_OddSpacesDashesEllipsisAndInvisibles_AreAllSafelyFixed()
    {
        var report = Validate("Hi\u00A0there\u200B — sale… Reply STOP");

        Assert.Equal("Hi there - sale... Reply STOP", report.FixedContent);
    }

    [Fact]
    public void Validate_AccentedLetter_OffersNoFixAndDoesNotSayToMisspellIt()
    {
        var report = Validate("¿Cuándo llega? Responde STOP para cancelar");

        var warning = Assert.Single(report.Warnings);
        Assert.Null(warning.Fix);
        Assert.False(warning.FixIsSafe);
        Assert.DoesNotContain("replace it with a", warning.Message, StringComparison.Ordinal);
        Assert.Contains("misspell", warning.Message, StringComparison.Ordinal);
        Assert.Null(report.FixedContent);
    }

    [Fact]
    public void Validate_SpanishTextOverOnePart_IsToldToShortenNotToDropItsAccents()
    {
        var report = Validate("Hola, ¿cuándo podrás recoger tu pedido en la tienda? Está listo. Responde STOP para cancelar");

        var violation = Assert.Single(report.Violations);
        Assert.Equal(Rules.ContentLength, violation.Rule);
        Assert.EndsWith("— shorten it by at least 22 units (1 part holds at most 70)", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LookAlikeOrSymbol_OffersAFixThatIsNotSafe()
    {
        var report = Validate("Acme™ deals. Reply STOP to opt out");

        var warning = Assert.Single(report.Warnings);
        Assert.Equal(("TM", false), (warning.Fix, warning.FixIsSafe));
        Assert.Null(report.FixedContent);
    }

    [Fact]
    public void Validate_Emoji_IsPlacedOverBothOfItsUnitsWithoutAFix()
    {
        var report = Validate("Sale 😀 now. Reply STOP to opt out");

        var warning = Assert.Single(report.Warnings);
        Assert.Equal((5, 2, (string?)null), (warning.Offset, warning.Length, warning.Fix));
    }

    [Fact]
    public void Validate_TooLong_PointsAtWhereTheAllowedPartsEnd()
    {
        var content = new string('a', 170) + " Reply STOP";

        var violation = Assert.Single(Validate(content).Violations);
        Assert.Equal((160, content.Length - 160), (violation.Offset, violation.Length));

        var twoParts = new ComplianceOptions { MaxSegments = 2 };
        var longer = new string('a', 320) + " Reply STOP";
        var cut = Assert.Single(Validate(longer, twoParts).Violations);
        Assert.Equal(306, cut.Offset);
    }

    [Fact]
    public void Validate_MissingOptOut_IsAboutNoPlace()
    {
        var violation = Assert.Single(Validate("Your order has shipped.").Violations);

        Assert.Equal((Rules.OptOut, RuleSeverity.Error, (int?)null, (int?)null, (string?)null), (violation.Rule, violation.Severity, violation.Offset, violation.Length, violation.Fix));
        Assert.StartsWith("https://", violation.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BareKeyword_IsPlacedOnTheKeyword()
    {
        var violation = Assert.Single(Validate("Please stop by our store.").Violations);

        Assert.Equal((7, 4), (violation.Offset, violation.Length));
    }

    [Fact]
    public void Validate_PolicyRaisesAWarning_ItLandsInViolationsAndFails()
    {
        var report = Validate("It’s here. Reply STOP", WithSeverity(WarningCodes.NonGsmCharacter, RuleSeverity.Error));

        Assert.False(report.Valid);
        Assert.Empty(report.Warnings);
        var violation = Assert.Single(report.Violations);
        Assert.Equal((WarningCodes.NonGsmCharacter, RuleSeverity.Error, 2), (violation.Rule, violation.Severity, violation.Offset));
    }

    [Fact]
    public void Validate_PolicyLowersAnError_ItLandsInWarningsAndPasses()
    {
        var report = Validate("Your order has shipped.", WithSeverity(Rules.OptOut, RuleSeverity.Warning));

        Assert.True(report.Valid);
        Assert.Empty(report.Violations);
        Assert.Equal((Rules.OptOut, RuleSeverity.Warning), (Assert.Single(report.Warnings).Code, report.Warnings[0].Severity));
    }

    [Fact]
    public void Validate_PolicyTurnsARuleOff_ItIsNotReported()
    {
        var report = Validate("It’s shipped.", WithSeverity(Rules.OptOut, RuleSeverity.Off) with
        {
            RuleSeverities = new Dictionary<string, RuleSeverity> { [Rules.OptOut] = RuleSeverity.Off, [WarningCodes.NonGsmCharacter] = RuleSeverity.Off },
        });

        Assert.True(report.Valid);
        Assert.Empty(report.Violations);
        Assert.Empty(report.Warnings);
        Assert.Null(report.FixedContent);
    }

    [Fact]
    public void Json_Findings_CarrySeverityOffsetLengthFixAndSource()
    {
        var report = Validate("It’s here.");

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(report, ComplianceJsonContext.Default.ValidationReport));
        var root = json.RootElement;
        var violation = root.GetProperty("violations")[0];
        Assert.Equal("opt_out", violation.GetProperty("rule").GetString());
        Assert.Equal("error", violation.GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, violation.GetProperty("offset").ValueKind);
        Assert.Equal(JsonValueKind.Null, violation.GetProperty("fix").ValueKind);
        Assert.StartsWith("https://", violation.GetProperty("source").GetString(), StringComparison.Ordinal);
        var warning = root.GetProperty("warnings")[0];
        Assert.Equal(("warning", 2, 1, "'"), (warning.GetProperty("severity").GetString(), warning.GetProperty("offset").GetInt32(), warning.GetProperty("length").GetInt32(), warning.GetProperty("fix").GetString()));
        Assert.False(warning.TryGetProperty("FixIsSafe", out _));
        Assert.Equal("It's here.", root.GetProperty("fixed_content").GetString());
    }

    [Fact]
    public void Json_NothingToFix_HasANullFixedContent()
    {
        var report = Validate("Your order has shipped. Reply STOP to opt out.");

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(report, ComplianceJsonContext.Default.ValidationReport));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("fixed_content").ValueKind);
    }

    [Fact]
    public void Catalog_EveryRuleHasAnHttpsSourceAndAUniqueId()
    {
        Assert.All(RuleCatalog.All, rule => Assert.StartsWith("https://", rule.Source, StringComparison.Ordinal));
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Id).Distinct().Count());
        Assert.Equal(30, RuleCatalog.All.Count);
    }
}
