using System.Globalization;
using System.Text;

namespace CxoneApprove.Compliance;

/// <summary>
/// A character that is not in the GSM-7 alphabet and so turns the whole message into UCS-2.
/// </summary>
/// <param name="Text">The character as it appears in the content (two UTF-16 units for a surrogate pair).</param>
/// <param name="CodePoint">Its code point; an unpaired surrogate is reported as its own value.</param>
/// <param name="Position">1-based position in the content, counted in code points.</param>
/// <param name="Replacement">
/// GSM-7 text that can stand in for it (<c>""</c>: delete it), or <see langword="null"/> when there is none.
/// </param>
internal sealed record NonGsmCharacter(string Text, int CodePoint, int Position, string? Replacement)
{
    /// <summary>UTF-16 index of the character in the content.</summary>
    public int Index { get; init; }

    /// <summary>What <see cref="Replacement"/> changes; <see langword="null"/> when there is no replacement.</summary>
    public SubstitutionKind? ReplacementKind { get; init; }

    /// <summary>The replacement when it keeps the word's spelling, so that it can be offered as a fix; otherwise <see langword="null"/>.</summary>
    public string? Fix => ReplacementKind == SubstitutionKind.Spelling ? null : Replacement;

    /// <summary>Whether <see cref="Fix"/> changes typography only.</summary>
    public bool FixIsSafe => ReplacementKind == SubstitutionKind.Typographic;

    /// <summary>The code point as a person reads it in a chart: <c>U+2019</c>.</summary>
    public string CodePointLabel => $"U+{CodePoint:X4}";

    /// <summary>
    /// The character and its code point, e.g. <c>’ (U+2019)</c>; characters that do not show on a
    /// screen (spaces, controls, format characters, unpaired surrogates) are named instead.
    /// </summary>
    public string Describe() => Name(Text, CodePoint) is { } name
        ? $"{name} ({CodePointLabel})"
        : $"{Text} ({CodePointLabel})";

    /// <summary>What to do about it, e.g. <c>replace it with '</c> or <c>remove it</c>.</summary>
    public string Remedy() => Replacement switch
    {
        _ when ReplacementKind == SubstitutionKind.Spelling =>
            $"keep it if the word needs it: writing {Replacement} instead would stay GSM-7 but misspell the word",
        null => "remove it",
        "" => "delete it (it is invisible)",
        " " => "replace it with a plain space",
        _ => $"replace it with {Replacement}",
    };

    private static string? Name(string text, int codePoint)
    {
        switch (codePoint)
        {
            case 0x09: return "tab";
            case 0xA0: return "non-breaking space";
            case 0xAD: return "soft hyphen";
            case 0x200B: return "zero-width space";
            case 0x200C: return "zero-width non-joiner";
            case 0x200D: return "zero-width joiner";
            case 0x2060: return "word joiner";
            case 0xFEFF: return "byte order mark";
        }

        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            return "unpaired surrogate";
        }

        if (!Rune.TryGetRuneAt(text, 0, out var rune))
        {
            return "invalid character";
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.SpaceSeparator => "space",
            UnicodeCategory.LineSeparator => "line separator",
            UnicodeCategory.ParagraphSeparator => "paragraph separator",
            UnicodeCategory.Control => "control character",
            UnicodeCategory.Format => "invisible format character",
            UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => "combining mark",
            _ => null,
        };
    }
}
