using System.Text;

namespace CxoneApprove.Cli.Help;

/// <summary>Two-column blocks of help text (name, meaning) wrapped at word boundaries to the terminal's width.</summary>
internal static class Columns
{
    /// <summary>Width used when the output is not a terminal and COLUMNS says nothing.</summary>
    public const int DefaultWidth = 80;

    private const int Indent = 2;

    /// <summary>The rows laid out under <paramref name="title"/>; meanings wrap with a hanging indent, never mid-word.</summary>
    public static string Block(string title, IEnumerable<(string Name, string Meaning)> rows, int width)
    {
        var list = rows.ToList();
        var text = new StringBuilder();
        AppendWrapped(text, title + ":", 0, width);
        var nameWidth = list.Max(r => r.Name.Length) + 2;
        // On a narrow terminal the meaning goes under its name instead of beside it.
        var beside = width - Indent - nameWidth >= 24;
        var column = beside ? Indent + nameWidth : Indent * 3;
        foreach (var (name, meaning) in list)
        {
            text.Append(' ', Indent).Append(name);
            if (beside)
            {
                text.Append(' ', nameWidth - name.Length);
            }
            else
            {
                text.Append('\n').Append(' ', column);
            }

            AppendWrapped(text, meaning, column, width);
        }

        return text.ToString();
    }

    /// <summary>A <c># comment</c> line wrapped to <paramref name="width"/>, every line of it a comment indented by <paramref name="indent"/>.</summary>
    public static string Comment(string text, int indent, int width)
    {
        var builder = new StringBuilder();
        var prefix = new string(' ', indent) + "# ";
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && prefix.Length + line.Length + 1 + word.Length > width)
            {
                builder.Append(prefix).Append(line).Append('\n');
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        return builder.Append(prefix).Append(line).Append('\n').ToString();
    }

    /// <summary>The width to lay help out at: the terminal's, else COLUMNS, else <see cref="DefaultWidth"/>.</summary>
    public static int WidthFor(CliContext context) =>
        context.TerminalWidth is > 20 and var terminal ? terminal
        : int.TryParse(context.Environment("COLUMNS"), out var columns) && columns > 20 ? columns
        : DefaultWidth;

    private static void AppendWrapped(StringBuilder text, string words, int column, int width)
    {
        var room = Math.Max(20, width - column);
        var used = 0;
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (used > 0 && used + 1 + word.Length > room)
            {
                text.Append('\n').Append(' ', column);
                used = 0;
            }
            else if (used > 0)
            {
                text.Append(' ');
                used++;
            }

            text.Append(word);
            used += word.Length;
        }

        text.Append('\n');
    }
}
