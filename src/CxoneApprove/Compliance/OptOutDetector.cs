using System.Globalization;
using System.Text;

namespace CxoneApprove.Compliance;

/// <summary>
/// Finds an opt-out instruction: an opt-out keyword, as a whole word, either after an instruction
/// verb ("Reply STOP", "Text the word QUIT") or followed by its purpose ("STOP to opt out",
/// "END to unsubscribe"). Matching is case-insensitive after compatibility folding, so
/// "ＳＴＯＰ" and “STOP” count while "nonstop", "unstoppable" and "STOP2END" do not.
/// </summary>
internal static class OptOutDetector
{
    /// <summary>
    /// The keywords carriers honour by default and the FCC's 2025 revocation words.
    /// </summary>
    public static IReadOnlyList<string> StandardKeywords { get; } =
        ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "OPT OUT"];

    private static readonly string[] InstructionVerbs =
        ["REPLY", "RPLY", "RESPOND", "TEXT", "TXT", "SEND", "SMS", "MESSAGE", "MSG", "TYPE"];

    // Words that may stand between the verb and the keyword: "Reply back with the word STOP".
    private static readonly string[] VerbFillers = ["BACK", "WITH", "W", "THE", "WORD", "KEYWORD"];

    private const int MaxFillers = 4;

    private static readonly string[][] Purposes =
    [
        ["OPT", "OUT"], ["OPTOUT"], ["UNSUBSCRIBE"], ["UNSUB"], ["END"], ["STOP"], ["CANCEL"],
        ["QUIT"], ["REVOKE"], ["BE", "REMOVED"],
    ];

    /// <summary>The first opt-out instruction in <paramref name="content"/>, or <see langword="null"/>.</summary>
    public static OptOutMatch? Find(string? content, IReadOnlyList<string>? extraKeywords = null)
    {
        var folded = CompatibilityFolding.Fold(content);
        var words = Tokenize(folded.Text);
        var keywords = Keywords(extraKeywords);

        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (keyword, phrase) in keywords)
            {
                if (!MatchesPhrase(folded.Text, words, i, phrase))
                {
                    continue;
                }

                var afterKeyword = i + phrase.Length;
                var verb = VerbBefore(folded.Text, words, i);
                var purposeEnd = PurposeAfter(folded.Text, words, afterKeyword);
                if (verb is null && purposeEnd is null)
                {
                    continue;
                }

                var first = words[verb ?? i];
                var last = words[(purposeEnd ?? afterKeyword) - 1];
                return new OptOutMatch(keyword, folded.Original(first.Start, last.End), folded.OriginalIndex(first.Start));
            }
        }

        return null;
    }

    /// <summary>
    /// The first opt-out keyword standing as a whole word without an instruction around it
    /// ("Stop by our store"), to explain a miss; <see langword="null"/> when there is none.
    /// </summary>
    public static OptOutMatch? FindBareKeyword(string? content, IReadOnlyList<string>? extraKeywords = null)
    {
        var folded = CompatibilityFolding.Fold(content);
        var words = Tokenize(folded.Text);
        var keywords = Keywords(extraKeywords);
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (keyword, phrase) in keywords)
            {
                if (MatchesPhrase(folded.Text, words, i, phrase))
                {
                    var last = words[i + phrase.Length - 1];
                    return new OptOutMatch(keyword, folded.Original(words[i].Start, last.End), folded.OriginalIndex(words[i].Start));
                }
            }
        }

        return null;
    }

    /// <summary>The keywords in force: the standard ones, then the extra ones in their folded, upper-case form.</summary>
    public static IReadOnlyList<string> KeywordsInForce(IReadOnlyList<string>? extraKeywords) =>
        [.. Keywords(extraKeywords).Select(k => k.Keyword)];

    /// <summary>Splits folded text into whole words.</summary>
    public static List<WordToken> Tokenize(string text)
    {
        var words = new List<WordToken>();
        var start = -1;
        var index = 0;
        while (index < text.Length)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed);
            var inWord = status == System.Buffers.OperationStatus.Done && IsWordRune(rune);
            if (inWord && start < 0)
            {
                start = index;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(new WordToken(text[start..index], start, index));
                start = -1;
            }

            index += consumed;
        }

        if (start >= 0)
        {
            words.Add(new WordToken(text[start..], start, text.Length));
        }

        return words;
    }

    private static bool IsWordRune(Rune rune) =>
        Rune.IsLetterOrDigit(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark
            or UnicodeCategory.ConnectorPunctuation;

    private static List<(string Keyword, string[] Phrase)> Keywords(IReadOnlyList<string>? extraKeywords)
    {
        var keywords = new List<(string Keyword, string[] Phrase)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var keyword in StandardKeywords.Concat(extraKeywords ?? []))
        {
            var phrase = Tokenize(CompatibilityFolding.FoldPlain(keyword)).Select(w => w.Text).ToArray();
            var key = string.Join(' ', phrase);
            if (phrase.Length > 0 && seen.Add(key))
            {
                keywords.Add((key, phrase));
            }
        }

        return keywords;
    }

    // The words of a multi-word phrase ("OPT OUT", "OPT-OUT") are apart only by spaces or hyphens.
    private static bool MatchesPhrase(string text, List<WordToken> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (words[at + k].Text != phrase[k])
            {
                return false;
            }

            if (k > 0 && !IsTight(text, words[at + k - 1].End, words[at + k].Start))
            {
                return false;
            }
        }

        return true;
    }

    // Index of the instruction verb governing the keyword at `at`, skipping filler words; null if none.
    private static int? VerbBefore(string text, List<WordToken> words, int at)
    {
        var current = at;
        for (var skipped = 0; skipped <= MaxFillers && current > 0; skipped++)
        {
            var previous = current - 1;
            if (!IsInstructionGap(text, words[previous].End, words[current].Start))
            {
                return null;
            }

            if (InstructionVerbs.Contains(words[previous].Text))
            {
                return previous;
            }

            if (!VerbFillers.Contains(words[previous].Text))
            {
                return null;
            }

            current = previous;
        }

        return null;
    }

    // Index just past a purpose ("to opt out") that starts at word `at`; null if there is none.
    private static int? PurposeAfter(string text, List<WordToken> words, int at)
    {
        if (at >= words.Count || at == 0 || words[at].Text != "TO"
            || !IsInstructionGap(text, words[at - 1].End, words[at].Start))
        {
            return null;
        }

        foreach (var purpose in Purposes)
        {
            if (at + 1 < words.Count
                && IsTight(text, words[at].End, words[at + 1].Start)
                && MatchesPhrase(text, words, at + 1, purpose))
            {
                return at + 1 + purpose.Length;
            }
        }

        return null;
    }

    private static bool IsTight(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] != '-')
            {
                return false;
            }
        }

        return true;
    }

    // Between a verb and its keyword, or a keyword and its purpose, only spaces and the marks that
    // set a keyword off (quotes, a colon, brackets, asterisks) may stand, not a sentence break.
    private static bool IsInstructionGap(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('\'' or '"' or ':' or '-' or '(' or ')' or '[' or ']' or '<' or '>' or '*' or '/'))
            {
                return false;
            }
        }

        return true;
    }
}
