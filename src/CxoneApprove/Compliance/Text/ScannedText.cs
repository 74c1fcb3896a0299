namespace CxoneApprove.Compliance;

/// <summary>
/// A text folded for matching and split into words once, for every rule that reads words: each word's
/// folded form, its accent-free key, and where it came from in the original.
/// </summary>
internal sealed class ScannedText
{
    private string[]? _keys;

    public ScannedText(string? original)
    {
        Original = original ?? string.Empty;
        Folded = CompatibilityFolding.Fold(Original);
        Words = OptOutDetector.Tokenize(Folded.Text);
    }

    /// <summary>The text as written.</summary>
    public string Original { get; }

    /// <summary>The folded, upper-case text with its map back to the original.</summary>
    public FoldedText Folded { get; }

    /// <summary>The words of <see cref="Folded"/>.</summary>
    public IReadOnlyList<WordToken> Words { get; }

    /// <summary>Word <paramref name="index"/> without accents, as vocabularies are written.</summary>
    public string Key(int index)
    {
        _keys ??= [.. Words.Select(w => LatinLetters.Strip(w.Text))];
        return _keys[index];
    }

    /// <summary>UTF-16 index in the original where word <paramref name="index"/> starts.</summary>
    public int Start(int index) => Folded.OriginalIndex(Words[index].Start);

    /// <summary>The original text from word <paramref name="first"/> to word <paramref name="last"/>, both included.</summary>
    public string Span(int first, int last) => Folded.Original(Words[first].Start, Words[last].End);

    /// <summary>Word <paramref name="index"/> as written, without copying it.</summary>
    public ReadOnlySpan<char> Written(int index) => Folded.OriginalSpan(Words[index].Start, Words[index].End);

    /// <summary>Capital letters in word <paramref name="index"/> as written, or -1 when it has a small letter.</summary>
    public int Capitals(int index)
    {
        var capitals = 0;
        foreach (var c in Written(index))
        {
            if (char.IsLower(c))
            {
                return -1;
            }

            capitals += char.IsUpper(c) ? 1 : 0;
        }

        return capitals;
    }

    /// <summary>Whether word <paramref name="index"/> is written in capitals, as keywords meant to be typed usually are.</summary>
    public bool IsWrittenInCapitals(int index) => Capitals(index) > 0;

    /// <summary>
    /// Index of the first word where one of <paramref name="phrases"/> (accent-free keys, words apart only by
    /// spaces or hyphens) starts, or -1.
    /// </summary>
    public int IndexOfAny(IReadOnlyList<string[]> phrases, int from = 0)
    {
        for (var i = from; i < Words.Count; i++)
        {
            foreach (var phrase in phrases)
            {
                if (IsPhraseAt(i, phrase))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="phrase"/> (accent-free keys) starts at word <paramref name="index"/>, its words apart only by spaces or hyphens.</summary>
    public bool IsPhraseAt(int index, string[] phrase)
    {
        if (index + phrase.Length > Words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (Key(index + k) != phrase[k] || (k > 0 && !IsTightAfter(index + k - 1)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether only spaces or hyphens stand between word <paramref name="index"/> and the next.</summary>
    public bool IsTightAfter(int index)
    {
        foreach (var c in Gap(index))
        {
            if (!char.IsWhiteSpace(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a sentence ends between word <paramref name="index"/> and the next (or the text ends there).</summary>
    public bool EndsSentenceAfter(int index) => index + 1 >= Words.Count || Gap(index).IndexOfAny(SentenceBreaks) >= 0;

    private static readonly System.Buffers.SearchValues<char> SentenceBreaks = System.Buffers.SearchValues.Create(".!?;\n\r");

    /// <summary>The folded characters between word <paramref name="index"/> and the next.</summary>
    public ReadOnlySpan<char> Gap(int index) => index + 1 < Words.Count
        ? Folded.Text.AsSpan(Words[index].End, Words[index + 1].Start - Words[index].End)
        : Folded.Text.AsSpan(Words[index].End);
}
