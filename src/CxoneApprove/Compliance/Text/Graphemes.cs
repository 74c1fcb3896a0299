using System.Globalization;

namespace CxoneApprove.Compliance;

/// <summary>Grapheme boundaries, with a shortcut for the plain ASCII that most templates are made of.</summary>
internal static class Graphemes
{
    /// <summary>
    /// UTF-16 units of the grapheme at the start of <paramref name="text"/>. Two ASCII characters in a row
    /// are always two graphemes, except CR LF, so those skip the full Unicode segmentation.
    /// </summary>
    public static int NextLength(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (text[0] < 0x80 && (text.Length == 1 || (text[1] < 0x80 && !(text[0] == '\r' && text[1] == '\n'))))
        {
            return 1;
        }

        return StringInfo.GetNextTextElementLength(text);
    }
}
