namespace CxoneApprove.Compliance;

/// <summary>How HELP instructions are written in English, Spanish and French: "Reply HELP for help", "AYUDA para ayuda".</summary>
internal static class HelpWording
{
    /// <summary>The keyword every language shares.</summary>
    public static IReadOnlyList<string> SharedKeywords { get; } = ["HELP"];

    /// <summary>English, Spanish and French, with the verbs of <see cref="OptOutWording"/>.</summary>
    public static IReadOnlyList<InstructionLanguage> All { get; } =
    [
        Help(OptOutWording.English, "HELP|INFO|MORE INFO|INFORMATION|ASSISTANCE|SUPPORT|CUSTOMER SERVICE|CUSTOMER CARE", "INFO", "Reply {0} for help", "for help") with
        {
            Connectors = ["FOR"],
        },
        Help(OptOutWording.Spanish, "AYUDA|OBTENER AYUDA|MAS INFORMACION|INFORMACION|INFO|ASISTENCIA|SOPORTE", "AYUDA", "Responde {0} para obtener ayuda", "para ayuda"),
        Help(OptOutWording.French, "L AIDE|DE L AIDE|OBTENIR DE L AIDE|PLUS D INFORMATIONS|INFORMATIONS|ASSISTANCE|INFO", "AIDE", "Répondez {0} pour obtenir de l'aide", "pour de l'aide"),
    ];

    /// <summary>The finder for HELP, AYUDA, AIDE and INFO instructions.</summary>
    public static InstructionFinder Finder { get; } = new(All, SharedKeywords, null);

    // A language's opt-out verbs and connector with HELP's keyword and purposes, and nothing about other objects.
    private static InstructionLanguage Help(InstructionLanguage verbs, string purposes, string keyword, string example, string purposeExample) => verbs with
    {
        Purposes = Vocabulary.Phrases(purposes),
        Keywords = [keyword],
        NumberConnectors = [],
        OtherObjects = [],
        MessageObjects = [],
        Example = example,
        PurposeExample = purposeExample,
    };

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
