using System.Globalization;
using System.Text;

namespace CxoneApprove.Compliance;

/// <summary>
/// Folds text for keyword matching: Unicode compatibility normalization (NFKC), then quotes, dashes,
/// odd spaces and invisible characters to their plain forms, then upper case.
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
                folded.Append(char.ToUpperInvariant(text[index + i]));
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
                    folded.Append(char.ToUpperInvariant(grapheme[i]));
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

    private static string FoldRune(Rune rune)
    {
        var v = rune.Value;
        switch (v)
        {
            case 0x2018 or 0x2019 or 0x201A or 0x201B or 0x2032 or 0x2035 or 0x02BC or 0x00B4 or 0x0060 or 0xFF07:
                return "'";
            case 0x201C or 0x201D or 0x201E or 0x201F or 0x2033 or 0x2036 or 0x00AB or 0x00BB or 0xFF02:
                return "\"";
            case >= 0x2010 and <= 0x2015 or 0x2212 or 0xFE58 or 0xFE63 or 0xFF0D:
                return "-";
            case 0x2026:
                return "...";
            case 0x00A0 or 0x1680 or >= 0x2000 and <= 0x200A or 0x202F or 0x205F or 0x3000:
                return " ";
            case 0x00AD or 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF or 0x180E:
                return string.Empty;
            case 0x017F:
                return "s";
            case 0x212A:
                return "K";
            case 0xFB00:
                return "ff";
            case 0xFB01:
                return "fi";
            case 0xFB02:
                return "fl";
            case 0xFB03:
                return "ffi";
            case 0xFB04:
                return "ffl";
            case 0xFB05 or 0xFB06:
                return "st";
            case >= 0xFF01 and <= 0xFF5E:
                return ((char)(v - 0xFEE0)).ToString();
            case >= 0x24B6 and <= 0x24CF:
                return ((char)('A' + (v - 0x24B6))).ToString();
            case >= 0x24D0 and <= 0x24E9:
                return ((char)('a' + (v - 0x24D0))).ToString();
            case >= 0x1D400 and <= 0x1D6A3:
                // Mathematical bold, italic, script, fraktur, double-struck, sans-serif and monospace
                // letters: thirteen alphabets of 26 capitals then 26 small letters.
                var letter = (v - 0x1D400) % 52;
                return ((char)(letter < 26 ? 'A' + letter : 'a' + (letter - 26))).ToString();
            case >= 0x1D7CE and <= 0x1D7FF:
                return ((char)('0' + ((v - 0x1D7CE) % 10))).ToString();
            default:
                return rune.ToString();
        }
    }

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
