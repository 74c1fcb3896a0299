using System.Globalization;
using System.Text;

namespace CxoneApprove.Compliance;

/// <summary>
/// Finds an opt-out instruction: an opt-out keyword, as a whole word, either after an instruction
/// verb ("Reply STOP", "Text the word QUIT", "Responde ALTO") or followed by its purpose ("STOP to opt
/// out", "END to unsubscribe", "ARRÊT pour vous désabonner"), in English, Spanish or French. Matching is
/// case-insensitive after compatibility folding, so "ＳＴＯＰ" and “STOP” count while "nonstop",
/// "unstoppable" and "STOP2END" do not; a keyword offered for something else ("Reply CANCEL to cancel
/// your appointment") is not an opt-out.
/// </summary>
internal static class OptOutDetector
{
    /// <summary>
    /// The keywords carriers honour by default and the FCC's 2025 revocation words, recognized in every language.
    /// </summary>
    public static IReadOnlyList<string> StandardKeywords { get; } =
        ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "OPT OUT"];

    private static readonly InstructionFinder DefaultFinder = new(OptOutWording.All, StandardKeywords, null);

    /// <summary>The finder for the standard keywords and <paramref name="extraKeywords"/>.</summary>
    public static InstructionFinder FinderFor(IReadOnlyList<string>? extraKeywords) =>
        extraKeywords is null || extraKeywords.Count == 0 ? DefaultFinder : new(OptOutWording.All, StandardKeywords, extraKeywords);

    /// <summary>The first opt-out instruction in <paramref name="content"/>, or <see langword="null"/>.</summary>
    public static OptOutMatch? Find(string? content, IReadOnlyList<string>? extraKeywords = null) =>
        Scan(new ScannedText(content), FinderFor(extraKeywords)).FirstOrDefault(m => m.OtherObject is null);

    /// <summary>Every instruction with an opt-out keyword in <paramref name="text"/>, in order, those offered for something else included.</summary>
    public static IEnumerable<OptOutMatch> Scan(ScannedText text, InstructionFinder finder) =>
        finder.Scan(text).Select(m => ToMatch(text, m));

    /// <summary>
    /// The first opt-out keyword standing as a whole word without an instruction around it
    /// ("Stop by our store"), to explain a miss; <see langword="null"/> when there is none.
    /// </summary>
    public static OptOutMatch? FindBareKeyword(string? content, IReadOnlyList<string>? extraKeywords = null)
    {
        var text = new ScannedText(content);
        return FinderFor(extraKeywords).FindBare(text) is { } bare ? ToMatch(text, bare) : null;
    }

    /// <summary>The keywords in force in English: the standard ones, then the extra ones in their folded, upper-case form.</summary>
    public static IReadOnlyList<string> KeywordsInForce(IReadOnlyList<string>? extraKeywords) =>
        FinderFor(extraKeywords).KeywordsOf(Language.English);

    /// <summary>Splits folded text into whole words.</summary>
    public static List<WordToken> Tokenize(string text)
    {
        var words = new List<WordToken>();
        var start = -1;
        var index = 0;
        while (index < text.Length)
        {
            bool inWord;
            int consumed;
            if (text[index] < 0x80)
            {
                inWord = char.IsAsciiLetterOrDigit(text[index]) || text[index] == '_';
                consumed = 1;
            }
            else
            {
                var status = Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out consumed);
                inWord = status == System.Buffers.OperationStatus.Done && IsWordRune(rune);
            }

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

    private static OptOutMatch ToMatch(ScannedText text, InstructionMatch match) =>
        new(match.Keyword, text.Span(match.First, match.Last), text.Start(match.First))
        {
            Language = match.Language,
            OtherObject = match.OtherObject,
        };
}
