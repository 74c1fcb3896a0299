namespace CxoneApprove.Compliance;

/// <summary>
/// The disclosures an opt-in confirmation carries beside the brand, HELP and STOP: how often messages come,
/// and that message and data rates may apply, in English, Spanish and French.
/// </summary>
internal static class Disclosures
{
    // Written letters-only, accents dropped, as the words of the content run together: "Msg & data rates"
    // reads MSGDATARATES, "StdMsg&DataRatesMayApply" too.
    private static readonly string[] RatesRuns = Vocabulary.Words(
        "MSGDATARATE MSGSDATARATE MSGANDDATARATE MSGSANDDATARATE MESSAGEDATARATE MESSAGESDATARATE MESSAGEANDDATARATE "
        + "MESSAGESANDDATARATE MESSAGINGDATARATE MESSAGINGANDDATARATE TEXTANDDATARATE SMSDATARATE DATARATESMAYAPPLY "
        + "MENSAJESYDATOS MENSAJEYDATOS MSJSYDATOS MSJYDATOS MSGYDATOS MSGSYDATOS SMSYDATOS MENSAJERIAYDATOS TEXTOYDATOS "
        + "MESSAGERIEETDEDONNEES MESSAGERIEETDONNEES MESSAGESETDEDONNEES MESSAGESETDONNEES SMSETDONNEES SMSETDEDONNEES MSGETDONNEES");

    private static readonly HashSet<string> FrequencyWords = new(Vocabulary.Words(
        "FREQ FREQUENCY FRECUENCIA FREQUENCE RECURRING RECURRENT RECURRENTS RECURRENTE RECURRENTES DAILY WEEKLY MONTHLY "
        + "DIARIO DIARIOS SEMANAL SEMANALES MENSUAL MENSUALES QUOTIDIEN QUOTIDIENS HEBDOMADAIRE HEBDOMADAIRES MENSUEL MENSUELS"), StringComparer.Ordinal);

    private static readonly HashSet<string> PeriodWords = new(Vocabulary.Words(
        "DAY DAYS WK WKS WEEK WEEKS MO MOS MTH MONTH MONTHS DIA DIAS SEMANA SEMANAS MES MESES JOUR JOURS SEMAINE SEMAINES MOIS"), StringComparer.Ordinal);

    private static readonly HashSet<string> MessageWords = new(Vocabulary.Words(
        "MSG MSGS MESSAGE MESSAGES TEXT TEXTS TXT TXTS ALERT ALERTS SMS MENSAJE MENSAJES MSJ MSJS TEXTOS ALERTAS ALERTES"), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="text"/> says that message and data rates may apply.</summary>
    public static bool MentionsRates(ScannedText text)
    {
        var run = string.Concat(Enumerable.Range(0, text.Words.Count).Select(text.Key));
        return RatesRuns.Any(r => run.Contains(r, StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="text"/> says how often messages come: "Msg freq varies", "recurring", "4 msgs/mo".</summary>
    public static bool MentionsFrequency(ScannedText text)
    {
        for (var i = 0; i < text.Words.Count; i++)
        {
            var key = text.Key(i);
            if (FrequencyWords.Contains(key))
            {
                return true;
            }

            if (key.All(char.IsAsciiDigit) && CountsMessagesPerPeriod(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The disclosure sentence to suggest in <paramref name="language"/> for what is missing.</summary>
    public static string Example(Language language, bool frequency, bool rates) => language switch
    {
        Language.Spanish => Join(frequency ? "La frecuencia de mensajes varía." : null, rates ? "Pueden aplicarse tarifas de mensajes y datos." : null),
        Language.French => Join(frequency ? "Fréquence des messages variable." : null, rates ? "Des frais de messages et de données peuvent s'appliquer." : null),
        _ => Join(frequency ? "Msg freq varies." : null, rates ? "Msg & data rates may apply." : null),
    };

    // "4 msgs/mo", "up to 2 messages per week": a number, then within four words a message word and a period.
    private static bool CountsMessagesPerPeriod(ScannedText text, int number)
    {
        var message = false;
        for (var i = number + 1; i < Math.Min(text.Words.Count, number + 5); i++)
        {
            var key = text.Key(i);
            message |= MessageWords.Contains(key);
            if (message && PeriodWords.Contains(key))
            {
                return true;
            }
        }

        return false;
    }

    private static string Join(string? first, string? second) => string.Join(' ', new[] { first, second }.OfType<string>());
}
