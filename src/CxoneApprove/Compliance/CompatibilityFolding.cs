using System.Globalization;
using System.Text;

namespace CxoneApprove.Compliance;

/// <summary>
/// Folds text for keyword matching: Unicode compatibility normalization (NFKC), then quotes, dashes,
/// odd spaces, invisible characters and look-alike letters to their plain forms (the typographic and
/// look-alike entries of <see cref="Gsm7Substitutions"/>), then upper case.
/// </summary>
/// <remarks>
/// With <c>InvariantGlobalization</c> (as this tool ships) <see cref="string.Normalize(NormalizationForm)"/>
/// on Linux has no ICU to call and returns its input unchanged, without an error. So the compatibility
/// forms that can disguise a keyword (full-width letters, ligatures, styled mathematical letters,
/// circled letters, the long s, the Kelvin sign) are folded here by hand as well; where the platform
/// does normalize, the two agree.
/// </remarks>
internal static class CompatibilityFolding
{
    /// <summary>Whether <see cref="string.Normalize(NormalizationForm)"/> applies NFKC in this process.</summary>
    public static bool PlatformNormalizes { get; } = ProbePlatformNormalization();

    /// <summary>Folds <paramref name="text"/>, remembering where each folded character came from.</summary>
    public static FoldedText Fold(string? text)
    {
        text ??= string.Empty;
        var folded = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);

        var index = 0;
        while (index < text.Length)
        {
            // Plain ASCII folds to itself in upper case. The last ASCII character before a non-ASCII
            // one is left to the grapheme path: a combining mark may follow it.
            var asciiRun = text.AsSpan(index).IndexOfAnyExceptInRange('\0', '\u007F');
            var plain = asciiRun < 0 ? text.Length - index : asciiRun - 1;
            for (var i = 0; i < plain; i++)
            {
                folded.Append(FoldAscii(text[index + i]));
                starts.Add(index + i);
                ends.Add(index + i + 1);
            }

            index += Math.Max(plain, 0);
            if (index >= text.Length)
            {
                break;
            }

            var length = StringInfo.GetNextTextElementLength(text.AsSpan(index));
            var grapheme = text.AsSpan(index, length);
            if (Ascii.IsValid(grapheme))
            {
                for (var i = 0; i < grapheme.Length; i++)
                {
                    folded.Append(FoldAscii(grapheme[i]));
                    starts.Add(index + i);
                    ends.Add(index + i + 1);
                }
            }
            else
            {
                foreach (var c in FoldGrapheme(grapheme.ToString()))
                {
                    folded.Append(c);
                    starts.Add(index);
                    ends.Add(index + length);
                }
            }

            index += length;
        }

        return new FoldedText(text, folded.ToString(), [.. starts], [.. ends]);
    }

    /// <summary>Folds a short piece of text (a keyword) without keeping track of positions.</summary>
    public static string FoldPlain(string? text) => Fold(text).Text;

    // The two ASCII characters with a stand-in, the tab and the backtick, each fold to one character.
    private static char FoldAscii(char c) => c switch
    {
        '\t' => ' ',
        '`' => '\'',
        _ => char.ToUpperInvariant(c),
    };

    private static string FoldGrapheme(string grapheme)
    {
        var normalized = Normalize(grapheme);
        var result = new StringBuilder(normalized.Length);
        var span = normalized.AsSpan();
        while (!span.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(span, out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                result.Append(FoldRune(rune));
            }
            else
            {
                // An unpaired surrogate: keep it; it matches nothing.
                result.Append(span[..consumed]);
            }

            span = span[consumed..];
        }

        return result.ToString().ToUpperInvariant();
    }

    private static string Normalize(string text)
    {
        if (!PlatformNormalizes)
        {
            return text;
        }

        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Ill-formed UTF-16 (an unpaired surrogate) cannot be normalized; fold it as it is.
            return text;
        }
    }

    // Typography and look-alikes fold to their plain forms from the one substitution table; letters that
    // spell a word (é, ñ) stay as they are.
    private static string FoldRune(Rune rune) =>
        Gsm7Substitutions.Find(rune.Value) is { FoldsForMatching: true } substitution
            ? substitution.Replacement
            : rune.ToString();

    private static bool ProbePlatformNormalization()
    {
        try
        {
            return "\uFB01".Normalize(NormalizationForm.FormKC) == "fi";
        }
        catch (PlatformNotSupportedException)
        {
            return false;
        }
    }
}
