using CxoneApprove.Compliance;

namespace CxoneApprove.Tests.Compliance;

/// <summary>Opt-out wording in Spanish and French, extra keywords in every phrasing, and keywords offered for something else.</summary>
public sealed class OptOutLanguageTests
{
    public static TheoryData<string> Instructions => new()
    {
        "Responde STOP para cancelar",
        "Responde ALTO para cancelar",
        "Envía ALTO al 12345",
        "Envie ALTO",
        "Envíe la palabra ALTO",
        "ALTO para dejar de recibir mensajes",
        "Responde STOP para darte de baja",
        "Répondez STOP pour vous désabonner",
        "Répondez ARRÊT",
        "Repondez ARRET",
        "ARRET pour vous désinscrire",
        "Texter ARRET pour annuler",
        "STOP au 36111",
        "Reply STOP to stop these texts",
        "Reply CANCEL to cancel appointment reminders",
        "Reply CANCEL to cancel.",
        "Your appointment is tomorrow. Reply CANCEL to opt out",
    };

    public static TheoryData<string> NotInstructions => new()
    {
        "Reply ALTO",
        "ALTO to opt out",
        "Reply CANCEL to cancel your appointment",
        "Reply STOP to cancel your order",
        "Responde STOP para cancelar tu cita",
        "Répondez STOP pour annuler votre rendez-vous",
        "To cancel your appointment, reply CANCEL.",
        "Precio alto para todos",
        "stop au 36111",
        "Responde a este mensaje",
    };

    [Theory]
    [MemberData(nameof(Instructions))]
    public void Find_InstructionInAnySupportedLanguage_IsFound(string content)
    {
        Assert.NotNull(OptOutDetector.Find(content));
    }

    [Theory]
    [MemberData(nameof(NotInstructions))]
    public void Find_KeywordOfAnotherLanguageOrForAnotherPurpose_IsNotAnOptOut(string content)
    {
        Assert.Null(OptOutDetector.Find(content));
    }

    [Theory]
    [InlineData("Responde BAJA")]
    [InlineData("BAJA para darte de baja")]
    [InlineData("Envía BAJA al 12345")]
    [InlineData("Reply BAJA")]
    [InlineData("BAJA to opt out")]
    [InlineData("Répondez BAJA pour vous désabonner")]
    [InlineData("BAJA au 36111")]
    public void Find_ExtraKeyword_WorksInEveryPhrasing(string content)
    {
        Assert.Null(OptOutDetector.Find(content));
        Assert.NotNull(OptOutDetector.Find(content, ["baja"]));
    }

    [Fact]
    public void Scan_KeywordForAnAppointment_NamesWhatItIsFor()
    {
        var match = Assert.Single(OptOutDetector.Scan(new ScannedText("Hi! Reply CANCEL to cancel your appointment."), OptOutDetector.FinderFor(null)));

        Assert.Equal(("CANCEL", "Reply CANCEL to cancel", 4, "appointment"), (match.Keyword, match.Text, match.Index, match.OtherObject));
    }

    [Fact]
    public void Find_SpanishInstruction_SaysItsLanguage()
    {
        Assert.Equal(Language.Spanish, OptOutDetector.Find("Hola. Responde ALTO para cancelar")?.Language);
    }

    [Theory]
    [InlineData("Precio especial hoy en tu tienda favorita", null, "Spanish")]
    [InlineData("Votre commande est prête, merci", null, "French")]
    [InlineData("Your order is ready for pickup", null, "English")]
    [InlineData("Your order is ready", "es_US", "Spanish")]
    [InlineData("Hola", "fr-CA", "French")]
    [InlineData("Hola, gracias por tu pedido", "pt_BR", "Spanish")]
    public void Detect_Language_FromTheLocaleOrTheWords(string content, string? locale, string expected)
    {
        Assert.Equal(expected, ContentLanguage.Detect(new ScannedText(content), locale).ToString());
    }
}
