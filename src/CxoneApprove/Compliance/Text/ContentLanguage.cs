namespace CxoneApprove.Compliance;

/// <summary>The languages whose opt-out and HELP wording the validator reads.</summary>
internal enum Language
{
    /// <summary>English.</summary>
    English,

    /// <summary>Spanish.</summary>
    Spanish,

    /// <summary>French.</summary>
    French,
}

/// <summary>
/// Which language a message is in, so that advice can be given in it: the template's locale when it
/// names one of ours, otherwise a count of common words.
/// </summary>
internal static class ContentLanguage
{
    // Words frequent in one language and rare in the others; shared ones (la, de, un) count for both.
    private static readonly Dictionary<string, Language[]> Markers = BuildMarkers(
        (Language.English, "THE YOUR YOU TO AND FOR IS ARE OF WITH ON THIS WE OUR HAS HAVE WILL REPLY ORDER TODAY THANKS HI"),
        (Language.Spanish, "EL LA LOS LAS DE DEL TU SU SUS TUS PARA POR CON ES ESTA QUE Y UN UNA SE HOLA GRACIAS RESPONDE ENVIA PEDIDO CITA MENSAJES HOY"),
        (Language.French, "LE LA LES DES DU DE VOTRE VOS VOUS POUR EST ET AVEC UNE UN SUR NOUS BONJOUR MERCI REPONDEZ ENVOYEZ COMMANDE AUJOURD"));

    private const int WordsRead = 300;

    /// <summary>The language named by <paramref name="locale"/> (<c>es</c>, <c>fr_CA</c>, <c>en-US</c>), or <see langword="null"/>.</summary>
    public static Language? FromLocale(string? locale)
    {
        var code = locale?.Trim();
        if (string.IsNullOrEmpty(code) || code.Length < 2)
        {
            return null;
        }

        return code[..2].ToLowerInvariant() switch
        {
            "en" => Language.English,
            "es" => Language.Spanish,
            "fr" => Language.French,
            _ => null,
        };
    }

    /// <summary>The language of <paramref name="text"/>: the locale's when it names one, else the one most of its common words belong to (English on a tie).</summary>
    public static Language Detect(ScannedText text, string? locale)
    {
        if (FromLocale(locale) is { } named)
        {
            return named;
        }

        Span<int> scores = stackalloc int[3];
        for (var i = 0; i < Math.Min(text.Words.Count, WordsRead); i++)
        {
            if (Markers.TryGetValue(text.Key(i), out var languages))
            {
                foreach (var language in languages)
                {
                    scores[(int)language]++;
                }
            }
        }

        var best = Language.English;
        foreach (var language in new[] { Language.Spanish, Language.French })
        {
            if (scores[(int)language] > scores[(int)best])
            {
                best = language;
            }
        }

        return best;
    }

    private static Dictionary<string, Language[]> BuildMarkers(params (Language Language, string Words)[] lists)
    {
        var markers = new Dictionary<string, List<Language>>(StringComparer.Ordinal);
        foreach (var (language, words) in lists)
        {
            foreach (var word in words.Split(' '))
            {
                if (!markers.TryGetValue(word, out var languages))
                {
                    markers[word] = languages = [];
                }

                languages.Add(language);
            }
        }

        return markers.ToDictionary(m => m.Key, m => m.Value.ToArray(), StringComparer.Ordinal);
    }
}
