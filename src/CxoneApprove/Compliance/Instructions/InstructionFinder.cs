namespace CxoneApprove.Compliance;

/// <summary>
/// Finds keyword instructions in a text: a keyword, as whole words, after one of a language's verbs
/// ("Reply STOP", "Envía la palabra ALTO"), followed by one of its purposes ("STOP to opt out", "ALTO para
/// cancelar") or by a short code ("STOP au 36111"). A keyword matches only with its own language's wording,
/// so the Spanish ALTO does not count in "Reply ALTO"; the shared and extra keywords count in every language.
/// </summary>
internal sealed class InstructionFinder
{
    private const int MaxFillers = 4;

    // How far after a keyword, and before a verb, the object of the reply is looked for.
    private const int ClauseWords = 8;

    // Every language's keywords by their first word, in the order of the languages: one look-up per word.
    private readonly Dictionary<string, List<(InstructionLanguage Language, Keyword Keyword)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<Language, List<string>> _keywordNames = [];

    /// <summary>A finder for <paramref name="languages"/>, each knowing <paramref name="shared"/> and <paramref name="extra"/> keywords beside its own.</summary>
    public InstructionFinder(IEnumerable<InstructionLanguage> languages, IReadOnlyList<string> shared, IReadOnlyList<string>? extra)
    {
        foreach (var language in languages)
        {
            var names = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var written in shared.Concat(language.Keywords).Concat(extra ?? []))
            {
                var folded = OptOutDetector.Tokenize(CompatibilityFolding.FoldPlain(written)).Select(w => w.Text).ToArray();
                var phrase = folded.Select(LatinLetters.Strip).ToArray();
                if (phrase.Length == 0 || !seen.Add(string.Join(' ', phrase)))
                {
                    continue;
                }

                var keyword = new Keyword(string.Join(' ', folded), phrase, IsLanguageOwn: !shared.Contains(written));
                names.Add(keyword.Name);
                if (!_byFirstWord.TryGetValue(phrase[0], out var list))
                {
                    _byFirstWord[phrase[0]] = list = [];
                }

                list.Add((language, keyword));
            }

            _keywordNames[language.Language] = names;
        }
    }

    /// <summary>The keywords <paramref name="language"/> knows, as written in messages: the shared ones, its own, the extra ones.</summary>
    public IReadOnlyList<string> KeywordsOf(Language language) => _keywordNames.TryGetValue(language, out var names) ? names : [];

    /// <summary>Every instruction in <paramref name="text"/>, in order, including keywords offered for something else.</summary>
    public IEnumerable<InstructionMatch> Scan(ScannedText text)
    {
        for (var i = 0; i < text.Words.Count; i++)
        {
            if (Match(text, i) is { } match)
            {
                yield return match;
            }
        }
    }

    /// <summary>
    /// The first keyword standing as whole words without an instruction around it ("Stop by our store"),
    /// to explain a miss; a language's own keyword (ALTO, an extra) counts only when written in capitals.
    /// </summary>
    public InstructionMatch? FindBare(ScannedText text)
    {
        for (var i = 0; i < text.Words.Count; i++)
        {
            foreach (var (language, keyword) in Candidates(text, i))
            {
                if (!keyword.IsLanguageOwn || text.IsWrittenInCapitals(i))
                {
                    return new InstructionMatch(keyword.Name, i, i + keyword.Phrase.Length - 1, language.Language, null);
                }
            }
        }

        return null;
    }

    private InstructionMatch? Match(ScannedText text, int at)
    {
        foreach (var (language, keyword) in Candidates(text, at))
        {
            var afterKeyword = at + keyword.Phrase.Length;
            var verb = VerbBefore(text, at, language);
            var end = PurposeAfter(text, afterKeyword, language) ?? NumberAfter(text, at, afterKeyword, language);
            if (verb is null && end is null)
            {
                continue;
            }

            var other = OtherObjectAfter(text, afterKeyword, language) ?? (verb is { } v ? OtherObjectBefore(text, v, language) : null);
            return new InstructionMatch(keyword.Name, verb ?? at, (end ?? afterKeyword) - 1, language.Language, other);
        }

        return null;
    }

    private IEnumerable<(InstructionLanguage Language, Keyword Keyword)> Candidates(ScannedText text, int at) =>
        _byFirstWord.TryGetValue(text.Key(at), out var keywords) ? keywords.Where(k => text.IsPhraseAt(at, k.Keyword.Phrase)) : [];

    // Index of the verb governing the keyword at `at`, skipping filler words; null if none.
    private static int? VerbBefore(ScannedText text, int at, InstructionLanguage language)
    {
        var current = at;
        for (var skipped = 0; skipped <= MaxFillers && current > 0; skipped++)
        {
            var previous = current - 1;
            if (!IsInstructionGap(text.Gap(previous)))
            {
                return null;
            }

            if (language.Verbs.Contains(text.Key(previous)))
            {
                return previous;
            }

            if (!language.Fillers.Contains(text.Key(previous)))
            {
                return null;
            }

            current = previous;
        }

        return null;
    }

    // Index just past a purpose ("to opt out") that starts at word `at`; null if there is none.
    private static int? PurposeAfter(ScannedText text, int at, InstructionLanguage language)
    {
        if (at >= text.Words.Count || at == 0 || !language.Connectors.Contains(text.Key(at)) || !IsInstructionGap(text.Gap(at - 1)))
        {
            return null;
        }

        foreach (var purpose in language.Purposes)
        {
            if (at + 1 < text.Words.Count && text.IsTightAfter(at) && text.IsPhraseAt(at + 1, purpose))
            {
                return at + 1 + purpose.Length;
            }
        }

        return null;
    }

    // "STOP au 36111": a keyword in capitals, a connector, a short code. Index just past the number.
    private static int? NumberAfter(ScannedText text, int keyword, int at, InstructionLanguage language)
    {
        if (at + 1 >= text.Words.Count || !language.NumberConnectors.Contains(text.Key(at)) || !text.IsWrittenInCapitals(keyword)
            || !IsInstructionGap(text.Gap(at - 1)) || !IsInstructionGap(text.Gap(at)))
        {
            return null;
        }

        var number = text.Key(at + 1);
        return number.Length is >= 4 and <= 6 && number.All(char.IsAsciiDigit) ? at + 2 : null;
    }

    // "CANCEL to cancel your appointment": the connector after the keyword leads to something that is not the messages.
    private static string? OtherObjectAfter(ScannedText text, int at, InstructionLanguage language)
    {
        if (at >= text.Words.Count || !language.Connectors.Contains(text.Key(at)) || text.EndsSentenceAfter(at - 1))
        {
            return null;
        }

        return OtherObjectIn(text, at + 1, Math.Min(text.Words.Count, at + 1 + ClauseWords), language);
    }

    // "To cancel your appointment, reply CANCEL": the same, in the clause before the verb.
    private static string? OtherObjectBefore(ScannedText text, int verb, InstructionLanguage language)
    {
        var start = verb;
        while (start > 0 && verb - start < ClauseWords && !text.EndsSentenceAfter(start - 1))
        {
            start--;
        }

        for (var i = start; i < verb; i++)
        {
            if (language.Connectors.Contains(text.Key(i)))
            {
                return OtherObjectIn(text, i + 1, verb, language);
            }
        }

        return null;
    }

    // Within [from, to) and the sentence: the first other object, unless the messages are named too.
    private static string? OtherObjectIn(ScannedText text, int from, int to, InstructionLanguage language)
    {
        string? other = null;
        for (var i = from; i < to; i++)
        {
            var key = text.Key(i);
            if (language.MessageObjects.Contains(key))
            {
                return null;
            }

            if (other is null && language.OtherObjects.Contains(key))
            {
                other = text.Span(i, i);
            }

            if (text.EndsSentenceAfter(i))
            {
                break;
            }
        }

        return other;
    }

    // Between a verb and its keyword, or a keyword and its purpose, only spaces and the marks that
    // set a keyword off (quotes, a colon, brackets, asterisks) may stand, not a sentence break.
    private static bool IsInstructionGap(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\'' or '"' or ':' or '-' or '(' or ')' or '[' or ']' or '<' or '>' or '*' or '/'))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Keyword(string Name, string[] Phrase, bool IsLanguageOwn);
}
