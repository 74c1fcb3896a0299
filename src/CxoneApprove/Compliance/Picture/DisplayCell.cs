using System.Globalization;
using System.Text;

namespace CxoneApprove.Compliance;

/// <summary>One grapheme of the content as the picture shows it.</summary>
/// <param name="Index">UTF-16 index in the content.</param>
/// <param name="Length">UTF-16 units.</param>
/// <param name="Shown">What is printed: the grapheme, or a visible stand-in for an invisible one.</param>
/// <param name="Width">Terminal columns it takes: 2 for wide characters and emoji, else 1.</param>
internal readonly record struct DisplayCell(int Index, int Length, string Shown, int Width)
{
    /// <summary>Shown in place of a space that is not a plain one (no-break, thin, ideographic).</summary>
    public const string OddSpace = "␣";

    /// <summary>Shown in place of an invisible character (zero-width space, soft hyphen, byte order mark).</summary>
    public const string Invisible = "‸";

    /// <summary>Shown in place of a tab.</summary>
    public const string Tab = "→";

    /// <summary>The cell for the grapheme at <paramref name="index"/> of <paramref name="text"/>.</summary>
    public static DisplayCell At(string text, int index)
    {
        var length = Graphemes.NextLength(text.AsSpan(index));
        var grapheme = text.Substring(index, length);
        if (!Rune.TryGetRuneAt(text, index, out var rune))
        {
            return new DisplayCell(index, length, "\uFFFD", 1);
        }

        var shown = rune.Value switch
        {
            0x09 => Tab,
            _ when Rune.IsControl(rune) => "\uFFFD",
            _ when Gsm7Substitutions.Find(rune.Value) is { Kind: SubstitutionKind.Typographic, Replacement: " " } => OddSpace,
            _ when Gsm7Substitutions.Find(rune.Value) is { Kind: SubstitutionKind.Typographic, Replacement: "" } => Invisible,
            _ when Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format => Invisible,
            _ => grapheme,
        };
        return new DisplayCell(index, length, shown, shown == grapheme && IsWide(rune) ? 2 : 1);
    }

    // East Asian wide and full-width characters and emoji take two columns in a terminal.
    private static bool IsWide(Rune rune) => rune.Value is
        >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
        or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6
        or >= 0x1F300 and <= 0x1F64F or >= 0x1F900 and <= 0x1F9FF or >= 0x1F680 and <= 0x1F6FF or >= 0x20000 and <= 0x3FFFD;
}
