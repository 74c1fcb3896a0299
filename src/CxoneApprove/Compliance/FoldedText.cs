namespace CxoneApprove.Compliance;

/// <summary>
/// Text after compatibility folding and upper-casing, with, for each of its characters, the range of
/// the original text it came from, so that a match can be quoted as the author wrote it.
/// </summary>
internal sealed class FoldedText
{
    private readonly string _original;
    private readonly int[] _starts;
    private readonly int[] _ends;

    public FoldedText(string original, string text, int[] starts, int[] ends)
    {
        _original = original;
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The folded, upper-case text.</summary>
    public string Text { get; }

    /// <summary>UTF-16 index in the original text where folded character <paramref name="index"/> came from.</summary>
    public int OriginalIndex(int index) => index < _starts.Length ? _starts[index] : _original.Length;

    /// <summary>The original text behind folded characters <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    public string Original(int start, int end) => OriginalSpan(start, end).ToString();

    /// <summary>As <see cref="Original"/>, without copying it.</summary>
    public ReadOnlySpan<char> OriginalSpan(int start, int end)
    {
        if (end <= start || start >= _starts.Length)
        {
            return [];
        }

        var from = _starts[start];
        var to = _ends[Math.Min(end, _ends.Length) - 1];
        return _original.AsSpan(from, to - from);
    }
}
