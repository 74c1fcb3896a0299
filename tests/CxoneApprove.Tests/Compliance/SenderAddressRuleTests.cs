using CxoneApprove.Compliance;

namespace CxoneApprove.Tests.Compliance;

public sealed class SenderAddressRuleTests
{
    private const SenderKinds All = SenderKinds.ShortCode | SenderKinds.LongCode | SenderKinds.TollFree;

    public static TheoryData<string?, string> Classifications => new()
    {
        { "12345", "ShortCode" },
        { "123456", "ShortCode" },
        { "1234", "none" },
        { "1234567", "none" },
        { "12 345", "none" },
        { "١٢٣٤٥", "none" },
        { "+12025550123", "LongCode" },
        { "+447911123456", "LongCode" },
        { "+4915112345678", "LongCode" },
        { "+1234567", "none" },
        { "+1555", "none" },
        { "+1202555012", "none" },
        { "+120255501234", "none" },
        { "+11025550123", "none" },
        { "+18005550123", "TollFree" },
        { "+18335550123", "TollFree" },
        { "+18445550123", "TollFree" },
        { "+18555550123", "TollFree" },
        { "+18665550123", "TollFree" },
        { "+18775550123", "TollFree" },
        { "+18885550123", "TollFree" },
        { "+18095550123", "LongCode" },
        { "+4412345678901234", "none" },
        { "+0441234567", "none" },
        { "12025550123", "none" },
        { "", "none" },
        { null, "none" },
    };

    [Theory]
    [MemberData(nameof(Classifications))]
    public void Classify_Address_GivesItsKind(string? address, string expected)
    {
        Assert.Equal(expected, SenderAddressRule.Classify(address)?.ToString() ?? "none");
    }

    [Fact]
    public void Check_DefaultRule_ExplainsWhatWasExpectedAndFound()
    {
        Assert.Null(SenderAddressRule.Check("12345", SenderKinds.ShortCode));
        Assert.Equal(
            "from_address \"+1555\" is not a 5–6 digit short code (expected e.g. 12345)",
            SenderAddressRule.Check("+1555", SenderKinds.ShortCode));
        Assert.Equal(
            "from_address \"+12025550123\" is an E.164 long code, not a 5–6 digit short code (expected e.g. 12345); "
            + "if an E.164 long code is intended, allow it with --allow-sender long-code",
            SenderAddressRule.Check("+12025550123", SenderKinds.ShortCode));
        Assert.Equal(
            "from_address is empty; expected a 5–6 digit short code (e.g. 12345)",
            SenderAddressRule.Check(null, SenderKinds.ShortCode));
    }

    [Fact]
    public void Check_SeveralKindsAllowed_NamesThemAll()
    {
        Assert.Null(SenderAddressRule.Check("+18005550123", All));
        Assert.Equal(
            "from_address \"abc\" is not a 5–6 digit short code, an E.164 long code or a toll-free number (expected e.g. 12345, +12025550123 or +18005550123)",
            SenderAddressRule.Check("abc", All));
        Assert.Equal(
            "from_address \"+18005550123\" is a toll-free number, not a 5–6 digit short code or an E.164 long code (expected e.g. 12345 or +12025550123); "
            + "if a toll-free number is intended, allow it with --allow-sender toll-free",
            SenderAddressRule.Check("+18005550123", SenderKinds.ShortCode | SenderKinds.LongCode));
    }

    [Fact]
    public void Check_FormattedNumber_SuggestsTheWrittenForm()
    {
        Assert.EndsWith(
            "; did you mean \"+18005550123\"?",
            SenderAddressRule.Check("+1 (800) 555-0123", SenderKinds.TollFree));
        Assert.EndsWith(
            "; did you mean \"+12025550123\"?",
            SenderAddressRule.Check("202-555-0123", SenderKinds.LongCode));
        Assert.EndsWith(
            "; did you mean \"12345\"?",
            SenderAddressRule.Check(" 12345 ", SenderKinds.ShortCode));
    }

    [Fact]
    public void Check_HostileAddress_StaysOnOneReadableLine()
    {
        var message = SenderAddressRule.Check("123\n45\"" + new string('9', 100), SenderKinds.ShortCode);

        Assert.NotNull(message);
        Assert.DoesNotContain('\n', message);
        Assert.Contains("\"123\\u000A45\\\"999", message);
        Assert.Contains("…\"", message);
    }

    [Fact]
    public void Check_NoKindAllowed_SaysSo()
    {
        Assert.Contains("no sender kind is allowed", SenderAddressRule.Check("12345", 0));
    }
}
