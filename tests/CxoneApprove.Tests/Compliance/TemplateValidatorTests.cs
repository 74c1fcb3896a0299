using CxoneApprove.Compliance;

namespace CxoneApprove.Tests.Compliance;

public sealed class TemplateValidatorTests
{
    private const string Compliant = "Your order has shipped. Reply STOP to opt out.";

    private static ValidationReport Validate(string? content, string? from = "12345", ComplianceOptions? options = null) =>
        TemplateValidator.Validate(content, from, options ?? ComplianceOptions.Default);

    private static string R(string s, int times) => string.Concat(Enumerable.Repeat(s, times));

    [Fact]
    public void Validate_CompliantTemplate_IsValidWithNothingToSay()
    {
        var report = Validate(Compliant);

        Assert.Equal((true, "GSM-7", 46, 1), (report.Valid, report.Encoding, report.Units, report.Segments));
        Assert.Empty(report.Violations);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Validate_EverythingWrong_ListsEveryViolationInOrder()
    {
        var report = Validate(R("a", 200), "+1555");

        Assert.False(report.Valid);
        Assert.Equal([Rules.ContentLength, Rules.FromAddress, Rules.OptOut], report.Violations.Select(v => v.Rule));
    }

    [Fact]
    public void Validate_EmptyContent_IsEmptyContentWithZeroSegments()
    {
        var report = Validate(null);

        Assert.Equal(("GSM-7", 0, 0), (report.Encoding, report.Units, report.Segments));
        Assert.Equal([Rules.EmptyContent, Rules.OptOut], report.Violations.Select(v => v.Rule));
        Assert.StartsWith("content is empty — ", report.Violations[0].Message);
    }

    [Fact]
    public void Validate_BlankContent_IsEmptyContent()
    {
        var report = Validate("  \n ");

        Assert.Contains(report.Violations, v => v.Rule == Rules.EmptyContent && v.Message.StartsWith("content is blank", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CurlyApostropheForcingTwoParts_NamesTheCharacterAndItsFix()
    {
        // 98 characters: fits one GSM-7 part, but one ’ makes it UCS-2 and so 2 parts.
        var content = "Hi Sam, it’s time" + R(" ok", 17) + " Reply STOP to opt out" + R("!", 8);
        Assert.Equal(98, content.Length);

        var report = Validate(content);

        Assert.Equal(("UCS-2", 98, 2), (report.Encoding, report.Units, report.Segments));
        var violation = Assert.Single(report.Violations);
        Assert.Equal(Rules.ContentLength, violation.Rule);
        Assert.Equal(
            "content needs 2 SMS parts (UCS-2, 98 units); at most 1 allowed — replace ’ (U+2019) at character 11 with ' to stay GSM-7 (98 septets, 1 part)",
            violation.Message);
        var warning = Assert.Single(report.Warnings);
        Assert.Equal(WarningCodes.NonGsmCharacter, warning.Code);
        Assert.Equal(
            "’ (U+2019) at character 11 is not in GSM-7, so the message is sent as UCS-2 (70 units a part instead of 160 septets) — replace it with ' to stay GSM-7",
            warning.Message);
    }

    [Fact]
    public void Validate_TooLongGsm_SaysHowMuchToCut()
    {
        var report = Validate(R("a", 150) + " Reply STOP");

        Assert.Equal(
            "content needs 2 SMS parts (GSM-7, 161 septets); at most 1 allowed — shorten it by at least 1 septet (1 part holds at most 160)",
            Assert.Single(report.Violations).Message);
    }

    [Fact]
    public void Validate_MaxSegments_AllowsMoreParts()
    {
        var content = R("]", 153) + " Reply STOP";

        Assert.Equal(3, Validate(content).Segments);
        Assert.False(Validate(content, options: new ComplianceOptions { MaxSegments = 2 }).Valid);
        Assert.True(Validate(content, options: new ComplianceOptions { MaxSegments = 3 }).Valid);
    }

    [Fact]
    public void Validate_MaxSegmentsBelowOne_CountsAsOne()
    {
        Assert.True(Validate(Compliant, options: new ComplianceOptions { MaxSegments = 0 }).Valid);
    }

    [Fact]
    public void Validate_EmojiThatCannotBeReplaced_SaysToShortenOrRemove()
    {
        var content = "Sale 😀 " + R("a", 70) + " Reply STOP";

        var report = Validate(content);

        Assert.Equal(
            "content needs 2 SMS parts (UCS-2, 89 units); at most 1 allowed — remove 😀 (U+1F600) at character 6 to stay GSM-7 (87 septets, 1 part)",
            Assert.Single(report.Violations).Message);
        Assert.Contains("remove it to stay GSM-7", Assert.Single(report.Warnings).Message);
    }

    [Fact]
    public void Validate_UcsTextThatIsTooLongEvenAsGsm_SaysToShorten()
    {
        var content = "ç" + R("a", 170) + " Reply STOP";

        var report = Validate(content);

        Assert.Equal(
            "content needs 3 SMS parts (UCS-2, 182 units); at most 1 allowed — shorten it by at least 112 units (1 part holds at most 70), "
            + "or replace ç (U+00E7) at character 1 with Ç to stay GSM-7 and shorten it by at least 22 septets (1 part holds at most 160)",
            Assert.Single(report.Violations).Message);
    }

    [Fact]
    public void Validate_InvisibleCharacters_AreNamedNotPrinted()
    {
        var report = Validate("Hi\u00A0there\u200B Reply STOP");

        Assert.Equal(
            [
                "non-breaking space (U+00A0) at character 3 is not in GSM-7, so the message is sent as UCS-2 (70 units a part instead of 160 septets) — replace it with a plain space to stay GSM-7",
                "zero-width space (U+200B) at character 9 is not in GSM-7, so the message is sent as UCS-2 (70 units a part instead of 160 septets) — delete it (it is invisible) to stay GSM-7",
            ],
            report.Warnings.Select(w => w.Message));
    }

    [Fact]
    public void Validate_ManyNonGsmCharacters_GiveOneSummaryWarning()
    {
        var report = Validate("你好，欢迎光临我们的商店，祝您购物愉快！ Reply STOP");

        var warning = Assert.Single(report.Warnings);
        Assert.StartsWith("20 characters are not in GSM-7 (first 你 (U+4F60) at character 1, 好 (U+597D) at character 2, ， (U+FF0C) at character 3)", warning.Message);
    }

    [Fact]
    public void Validate_LongTextInAnotherScript_IsNotToldToDropItsCharacters()
    {
        var report = Validate(R("你好", 40) + " Reply STOP");

        Assert.Equal(
            "content needs 2 SMS parts (UCS-2, 91 units); at most 1 allowed — shorten it by at least 21 units (1 part holds at most 70)",
            Assert.Single(report.Violations).Message);
    }

    [Fact]
    public void Validate_ManyReplaceableCharacters_PointsToTheWarnings()
    {
        var content = "“A” – “B” – “C”" + R(" x", 30) + " Reply STOP";

        var report = Validate(content);

        Assert.Contains("replace or remove the 8 characters outside GSM-7 listed in the warnings to stay GSM-7", Assert.Single(report.Violations).Message);
        Assert.Equal(8, report.Warnings.Count);
    }

    [Fact]
    public void Validate_Placeholders_WarnThatLengthCountsThemAsWritten()
    {
        var report = Validate("Hi {{first_name}}, your code is {{code}}. Reply STOP");

        var warning = Assert.Single(report.Warnings);
        Assert.Equal(WarningCodes.PlaceholderLength, warning.Code);
        Assert.Equal(
            $"{report.Units} septets counts the 2 placeholders {{{{first_name}}}}, {{{{code}}}} as written (30 septets); longer values, or values with characters outside GSM-7, make the message longer — pass --placeholder-width N to count each as N characters",
            warning.Message);
    }

    [Fact]
    public void Validate_PlaceholderWidth_CountsEachAtThatWidthWithoutWarning()
    {
        var options = new ComplianceOptions { PlaceholderWidth = 30 };

        var report = Validate("Hi {{first_name}}! Reply STOP", options: options);

        Assert.Equal(("GSM-7", 3 + 30 + 12, 1), (report.Encoding, report.Units, report.Segments));
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Validate_PlaceholderWidthPushingPastOnePart_IsContentLength()
    {
        var options = new ComplianceOptions { PlaceholderWidth = 150 };

        var report = Validate("Hi {{first_name}}! Reply STOP", options: options);

        Assert.Equal([Rules.ContentLength], report.Violations.Select(v => v.Rule));
    }

    [Fact]
    public void Validate_NearMissOptOut_ExplainsHowToFixIt()
    {
        var report = Validate("Stop by our store today!");

        Assert.Equal(
            "content mentions STOP but not as an opt-out instruction — write it as \"Reply STOP to opt out\" or \"STOP to opt out\"",
            Assert.Single(report.Violations).Message);
    }

    [Fact]
    public void Validate_NoOptOut_ListsTheKeywords()
    {
        var report = Validate("nonstop deals", options: new ComplianceOptions { ExtraOptOutKeywords = ["alto"] });

        Assert.Equal(
            "content has no opt-out instruction — add one such as \"Reply STOP to opt out\" (keywords: STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT, OPT OUT, ALTO; after reply/text/send, or followed by \"to opt out\")",
            Assert.Single(report.Violations).Message);
    }

    [Fact]
    public void Validate_ExtraKeyword_SatisfiesOptOut()
    {
        var options = new ComplianceOptions { ExtraOptOutKeywords = ["BAJA"] };

        Assert.True(Validate("Responde o Reply BAJA", options: options).Valid);
    }

    [Fact]
    public void Validate_AllowedSenders_AcceptsLongCodesAndTollFree()
    {
        var options = new ComplianceOptions { AllowedSenders = SenderKinds.ShortCode | SenderKinds.LongCode | SenderKinds.TollFree };

        Assert.True(Validate(Compliant, "+12025550123", options).Valid);
        Assert.True(Validate(Compliant, "+18885550123", options).Valid);
        Assert.False(Validate(Compliant, "+12025550123").Valid);
    }

    [Fact]
    public void Validate_ClassicPhrases_AllCount()
    {
        Assert.All(
            ["REPLY STOP", "Reply STOP", "STOP to opt out", "Text STOP to unsubscribe"],
            phrase => Assert.True(Validate($"Deals today. {phrase}").Valid, phrase));
    }
}
