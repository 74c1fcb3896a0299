using CxoneApprove.Compliance;

namespace CxoneApprove.Tests.Compliance;

/// <summary><c>embedded_phone</c> and <c>embedded_email</c>.</summary>
public sealed class ContactRulesTests
{
    private const string OptOut = " Reply STOP to opt out";

    private static ValidationReport Validate(string content, MessageKind kind = MessageKind.Recurring) =>
        TemplateValidator.Validate(new MessageTemplate { Content = content + OptOut, FromAddress = "12345", Kind = kind }, ComplianceOptions.Default);

    [Theory]
    [InlineData("Call (800) 555-0123 today", 5, 14)]
    [InlineData("Call 800.555.0123 today", 5, 12)]
    [InlineData("Call 202-555-0123.", 5, 12)]
    [InlineData("Call +1 202 555 0123 now", 5, 15)]
    [InlineData("Call +12025550123 now", 5, 12)]
    [InlineData("Call +44 20 7946 0958 now", 5, 16)]
    [InlineData("Call 1-800-555-0123 now", 5, 14)]
    public void EmbeddedPhone_PhoneNumber_IsAWarningAtIt(string content, int offset, int length)
    {
        var report = Validate(content);

        Assert.True(report.Valid);
        var warning = Assert.Single(report.Warnings);
        Assert.Equal((Rules.EmbeddedPhone, offset, length), (warning.Code, warning.Offset, warning.Length));
        Assert.Equal("https://www.twilio.com/docs/api/errors/30889", warning.Source);
    }

    [Theory]
    [InlineData("Order 2025550123 has shipped")]
    [InlineData("Ships to ZIP 12345-6789")]
    [InlineData("Due on 2025-01-15")]
    [InlineData("Total $1,234.56 or 1.234.567")]
    [InlineData("Update to v2.1.0 today")]
    [InlineData("Server 192.168.100.200 is up")]
    [InlineData("Your code is 123456")]
    [InlineData("Call 555-1234")]
    [InlineData("Text HELP to 12345")]
    [InlineData("See https://acme.com/800-555-0123")]
    [InlineData("Ref #800-555-0123")]
    [InlineData("Call 123-555-0123")]
    public void EmbeddedPhone_NumbersThatAreNotPhones_AreNotReported(string content)
    {
        Assert.DoesNotContain(Validate(content).Warnings, w => w.Code == Rules.EmbeddedPhone);
    }

    [Fact]
    public void EmbeddedPhone_InAHelpReply_IsExpected()
    {
        Assert.DoesNotContain(Validate("Acme help: call 800-555-0123", MessageKind.HelpResponse).Warnings, w => w.Code == Rules.EmbeddedPhone);
    }

    [Fact]
    public void EmbeddedEmail_Address_IsAWarningAtIt()
    {
        var warning = Assert.Single(Validate("Write to help@acme.com.").Warnings);

        Assert.Equal((Rules.EmbeddedEmail, 9, 13), (warning.Code, warning.Offset, warning.Length));
    }

    [Theory]
    [InlineData("@home: your order is ready")]
    [InlineData("Follow @acme for news")]
    [InlineData("Reply a@b for a prize")]
    [InlineData("Mail .x@acme.com")]
    public void EmbeddedEmail_AtSignsThatAreNoAddress_AreNotReported(string content)
    {
        Assert.DoesNotContain(Validate(content).Warnings, w => w.Code == Rules.EmbeddedEmail);
    }

    [Fact]
    public void EmbeddedEmail_InAStopReply_IsExpected()
    {
        Assert.DoesNotContain(Validate("Acme: unsubscribed. Questions: help@acme.com", MessageKind.StopResponse).Warnings, w => w.Code == Rules.EmbeddedEmail);
    }
}
