namespace CxoneApprove.Compliance;

/// <summary>How the picture of a message is drawn.</summary>
/// <param name="Color">ANSI colours (errors red, warnings yellow, part boundaries dim); plain markers otherwise.</param>
/// <param name="Width">Columns of content per line before it wraps; at least 20.</param>
internal sealed record PictureStyle(bool Color = false, int Width = 72)
{
    /// <summary>Plain text, 72 columns.</summary>
    public static PictureStyle Plain { get; } = new();

    /// <summary><paramref name="text"/> in the colour of <paramref name="severity"/>, when colour is on.</summary>
    public string Paint(string text, RuleSeverity severity) => Paint(text, severity == RuleSeverity.Error ? "31" : "33");

    /// <summary><paramref name="text"/> dimmed, when colour is on.</summary>
    public string Dim(string text) => Paint(text, "2");

    private string Paint(string text, string code) => Color && text.Length > 0 ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
