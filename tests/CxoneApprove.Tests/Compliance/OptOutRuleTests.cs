using CxoneApprove.Compliance;

namespace CxoneApprove.Tests.Compliance;

/// <summary><c>opt_out</c> by message kind, sender and language.</summary>
public sealed class OptOutRuleTests
{
    private const SenderKinds AnySender = SenderKinds.ShortCode | SenderKinds.LongCode | SenderKinds.TollFree;

    private static ValidationReport Validate(string content, MessageKind kind = MessageKind.Recurring, string from = "12345", string? locale = null, params string[] extra) =>
        TemplateValidator.Validate(
            new MessageTemplate { Content = content, FromAddress = from, Kind = kind, Locale = locale },
            new ComplianceOptions { AllowedSenders = AnySender, ExtraOptOutKeywords = extra });

    private static IEnumerable<string> OptOutMessages(ValidationReport report) =>
        report.Violations.Where(v => v.Rule == Rules.OptOut).Select(v => v.Message)
            .Concat(report.Warnings.Where(w => w.Code == Rules.OptOut).Select(w => w.Message));

    [Fact]
    public void Validate_SpanishOptOutAlone_Passes()
    {
        Assert.True(TemplateValidator.Validate("Responde STOP para cancelar", "12345", ComplianceOptions.Default).Valid);
    }

    [Fact]
    public void Validate_SpanishOptOut_Passes()
    {
        Assert.True(Validate("Tu pedido está listo. Responde STOP para cancelar").Valid);
    }

    [Fact]
    public void Validate_SpanishContentWithExtraKeyword_SuggestsItInSpanish()
    {
        var report = Validate("Tu pedido está listo para recoger hoy", extra: "BAJA");

        var message = Assert.Single(OptOutMessages(report));
        Assert.Contains("\"Responde BAJA para no recibir más mensajes\"", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Reply BAJA", message, StringComparison.Ordinal);
        Assert.Contains("ALTO, BAJA", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SpanishContentWithoutExtraKeyword_SuggestsStopInSpanish()
    {
        var message = Assert.Single(OptOutMessages(Validate("Tu cita es mañana a las 10")));

        Assert.Contains("\"Responde STOP para no recibir más mensajes\"", message, StringComparison.Ordinal);
        Assert.Contains("after responde/envía/manda, or followed by \"para cancelar\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FrenchLocale_SuggestsInFrench()
    {
        var message = Assert.Single(OptOutMessages(Validate("Bonjour", locale: "fr_CA")));

        Assert.Contains("\"Répondez STOP pour ne plus recevoir de messages\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BareSpanishKeyword_SaysHowToWriteItInSpanish()
    {
        var message = Assert.Single(OptOutMessages(Validate("Hola, usa el código ALTO en tu pedido")));

        Assert.Equal(
            "content mentions ALTO but not as an opt-out instruction — write it as \"Responde ALTO para no recibir más mensajes\" or \"ALTO para cancelar\"",
            message);
    }

    [Fact]
    public void Validate_KeywordForAnAppointment_IsAnOptOutViolationAtThePhrase()
    {
        var report = Validate("Your visit is Monday. Reply CANCEL to cancel your appointment");

        var violation = Assert.Single(report.Violations);
        Assert.Equal(Rules.OptOut, violation.Rule);
        Assert.Equal(22, violation.Offset);
        Assert.Equal(
            "content offers CANCEL for the appointment, not as an opt-out instruction — add one such as \"Reply STOP to opt out\" "
            + "(carriers still treat a reply of CANCEL as an opt-out from every message)",
            violation.Message);
    }

    [Fact]
    public void Validate_KeywordToStopTheTexts_Passes()
    {
        Assert.True(Validate("Reply CANCEL to stop these texts").Valid);
    }

    [Theory]
    [InlineData("recurring")]
    [InlineData("sample")]
    [InlineData("first")]
    [InlineData("optin_confirm")]
    public void Validate_KindThatNeedsAnOptOut_FailsWithoutOne(string kind)
    {
        Assert.True(TemplateVocabulary.Kinds.TryParse(kind, out var parsed));
        Assert.Contains(Validate("Acme: your order shipped.", parsed).Violations, v => v.Rule == Rules.OptOut);
    }

    [Fact]
    public void Validate_HelpReplyWithoutOptOut_IsOnlyAWarning()
    {
        var report = Validate("Acme support: call 800-555-0123.", MessageKind.HelpResponse);

        Assert.DoesNotContain(report.Violations, v => v.Rule == Rules.OptOut);
        Assert.Contains(report.Warnings, w => w.Code == Rules.OptOut);
    }

    [Fact]
    public void Validate_OneTimePassword_NeedsNoOptOut()
    {
        Assert.Empty(OptOutMessages(Validate("Your Acme code is 123456.", MessageKind.OneTimePassword)));
    }

    [Theory]
    [InlineData("You are unsubscribed from Acme alerts.")]
    [InlineData("Acme: you will receive no more messages.")]
    [InlineData("Acme: te has dado de baja, no recibirás más mensajes.")]
    [InlineData("Acme : vous êtes désabonné.")]
    public void Validate_StopReplyThatConfirms_IsNotAskedForAnOptOut(string content)
    {
        Assert.Empty(OptOutMessages(Validate(content, MessageKind.StopResponse)));
    }

    [Fact]
    public void Validate_StopReplyThatConfirmsNothing_IsWarned()
    {
        var report = Validate("Thanks for your message.", MessageKind.StopResponse);

        Assert.True(report.Valid);
        Assert.Contains("should confirm the opt-out", Assert.Single(OptOutMessages(report)), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TollFreeOfferingOnlyAnotherKeyword_FailsCitingTheKeywordRules()
    {
        var report = Validate("Deals today. Reply END to opt out", from: "+18005550123");

        var violation = Assert.Single(report.Violations);
        Assert.Equal((Rules.OptOut, 13), (violation.Rule, violation.Offset));
        Assert.Contains("only STOP", violation.Message, StringComparison.Ordinal);
        Assert.Equal(RuleCatalog.TollFreeKeywords, violation.Source);
    }

    [Fact]
    public void Validate_TollFreeOfferingStop_Passes()
    {
        Assert.True(Validate("Deals today. Reply STOP to opt out", from: "+18005550123").Valid);
        Assert.False(Validate("Ofertas hoy. Responde ALTO", from: "+18005550123").Valid);
        Assert.True(Validate("Ofertas hoy. Responde ALTO", from: "12345").Valid);
    }
}
