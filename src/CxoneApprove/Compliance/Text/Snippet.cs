namespace CxoneApprove.Compliance;

/// <summary>Pieces of a template quoted in messages: on one line and of a readable length, whatever they hold.</summary>
internal static class Snippet
{
    private const int MaxQuoted = 60;

    /// <summary><paramref name="text"/> in quotes: control characters and line separators as spaces, shortened past 60 characters.</summary>
    public static string Quote(string text)
    {
        var cut = text.Length <= MaxQuoted ? text.Length : char.IsHighSurrogate(text[MaxQuoted - 1]) ? MaxQuoted - 1 : MaxQuoted;
        var shown = new string([.. text[..cut].Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c)]);
        return $"\"{shown}{(cut < text.Length ? "…" : string.Empty)}\"";
    }
}
