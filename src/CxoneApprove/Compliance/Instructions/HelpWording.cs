namespace CxoneApprove.Compliance;

/// <summary>How HELP instructions are written in English, Spanish and French: "Reply HELP for help", "AYUDA para ayuda".</summary>
internal static class HelpWording
{
    /// <summary>The keyword every language shares.</summary>
    public static IReadOnlyList<string> SharedKeywords { get; } = ["HELP"];

    /// <summary>English, Spanish and French, with the verbs of <see cref="OptOutWording"/>.</summary>
    public static IReadOnlyList<InstructionLanguage> All { get; } =
    [
        OptOutWording.English with
        {
            Connectors = ["FOR"],
            Purposes = Vocabulary.Phrases("HELP|INFO|MORE INFO|INFORMATION|ASSISTANCE|SUPPORT|CUSTOMER SERVICE|CUSTOMER CARE"),
            Keywords = ["INFO"],
            NumberConnectors = [],
            OtherObjects = [],
            MessageObjects = [],
            Example = "Reply {0} for help",
            PurposeExample = "for help",
        },
        OptOutWording.Spanish with
        {
            Purposes = Vocabulary.Phrases("AYUDA|OBTENER AYUDA|MAS INFORMACION|INFORMACION|INFO|ASISTENCIA|SOPORTE"),
            Keywords = ["AYUDA"],
            NumberConnectors = [],
            OtherObjects = [],
            MessageObjects = [],
            Example = "Responde {0} para obtener ayuda",
            PurposeExample = "para ayuda",
        },
        OptOutWording.French with
        {
            Purposes = Vocabulary.Phrases("L AIDE|DE L AIDE|OBTENIR DE L AIDE|PLUS D INFORMATIONS|INFORMATIONS|ASSISTANCE|INFO"),
            Keywords = ["AIDE"],
            NumberConnectors = [],
            OtherObjects = [],
            MessageObjects = [],
            Example = "Répondez {0} pour obtenir de l'aide",
            PurposeExample = "pour de l'aide",
        },
    ];

    /// <summary>The finder for HELP, AYUDA, AIDE and INFO instructions.</summary>
    public static InstructionFinder Finder { get; } = new(All, SharedKeywords, null);

    /// <summary>The HELP keyword of <paramref name="language"/>, as a person types it.</summary>
    public static string KeywordOf(Language language) => language switch
    {
        Language.Spanish => "AYUDA",
        Language.French => "AIDE",
        _ => "HELP",
    };

    /// <summary>The HELP instruction to suggest in <paramref name="language"/>, in quotes.</summary>
    public static string Example(Language language)
    {
        var wording = All.First(l => l.Language == language);
        return $"\"{string.Format(System.Globalization.CultureInfo.InvariantCulture, wording.Example, KeywordOf(language))}\"";
    }
}
