using System.Text;

namespace CxoneApprove.Tests.Cli;

/// <summary>
/// What a person would see on a terminal after the given output: a tiny emulator of the only controls the tool
/// sends — carriage return, erase to end of line (<c>ESC [ K</c>), newline — that writes every other character over
/// whatever is at the cursor. Colour codes (<c>ESC [ … m</c>) are dropped.
/// </summary>
internal static class TerminalScreen
{
    public static IReadOnlyList<string> Lines(string output)
    {
        var lines = new List<StringBuilder> { new() };
        var column = 0;
        for (var i = 0; i < output.Length; i++)
        {
            var c = output[i];
            var line = lines[^1];
            if (c == '\u001b' && i + 1 < output.Length && output[i + 1] == '[')
            {
                var end = i + 2;
                while (end < output.Length && !char.IsAsciiLetter(output[end]))
                {
                    end++;
                }

                if (end < output.Length && output[end] == 'K' && column < line.Length)
                {
                    line.Length = column;
                }

                i = end;
            }
            else if (c == '\r')
            {
                column = 0;
            }
            else if (c == '\n')
            {
                lines.Add(new StringBuilder());
                column = 0;
            }
            else
            {
                if (column < line.Length)
                {
                    line[column] = c;
                }
                else
                {
                    line.Append(c);
                }

                column++;
            }
        }

        if (lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return [.. lines.Select(l => l.ToString())];
    }
}
