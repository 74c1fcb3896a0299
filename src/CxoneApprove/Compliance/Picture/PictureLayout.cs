using System.Text;

namespace CxoneApprove.Compliance;

/// <summary>A line of the content as shown, or the start of an SMS part.</summary>
/// <param name="Cells">The graphemes on the line; empty for a part boundary.</param>
/// <param name="Start">UTF-16 index where the line (or part) starts.</param>
/// <param name="End">UTF-16 index just past the line.</param>
/// <param name="Part">For a part boundary, the number of the part that starts; otherwise 0.</param>
internal sealed record PictureRow(IReadOnlyList<DisplayCell> Cells, int Start, int End, int Part);

/// <summary>
/// Lays the content out as the picture's rows: its own lines, wrapped at the style's width, with a row
/// where each SMS part after the first starts, and under each line the markers of the findings on it.
/// </summary>
internal static class PictureLayout
{
    private const string Gutter = "  │ ";
    private const int MaxCarried = 15;

    /// <summary>The rows of <paramref name="content"/>; <paramref name="partStarts"/> are where parts 2, 3… start.</summary>
    public static List<PictureRow> Rows(string content, IReadOnlyList<int> partStarts, int width)
    {
        var rows = new List<PictureRow>();
        var cells = new List<DisplayCell>();
        var lineStart = 0;
        var columns = 0;
        var nextPart = 0;
        var index = 0;
        void Close(int end)
        {
            rows.Add(new PictureRow([.. cells], lineStart, end, 0));
            cells.Clear();
            columns = 0;
        }

        while (index < content.Length)
        {
            if (nextPart < partStarts.Count && partStarts[nextPart] <= index)
            {
                if (cells.Count > 0)
                {
                    Close(index);
                }

                rows.Add(new PictureRow([], index, index, nextPart + 2));
                nextPart++;
                lineStart = index;
            }

            var cell = DisplayCell.At(content, index);
            if (content[index] is '\n' or '\r' or '\u2028' or '\u2029')
            {
                Close(index);
                index += cell.Length;
                lineStart = index;
                continue;
            }

            if (columns + cell.Width > width && cells.Count > 0)
            {
                // Break after the row's last space when the word it starts is short, so words stay whole.
                var carried = content[index] == ' ' ? [] : WordAtEnd(content, cells);
                var next = carried.Count > 0 ? carried[0].Index : index;
                cells.RemoveRange(cells.Count - carried.Count, carried.Count);
                Close(next);
                lineStart = next;
                cells.AddRange(carried);
                columns = carried.Sum(c => c.Width);
            }

            cells.Add(cell);
            columns += cell.Width;
            index += cell.Length;
        }

        Close(content.Length);
        return rows;
    }

    // The cells after the row's last space, when that space is within the last MaxCarried cells; none otherwise
    // (a long word or a URL is cut at the width, as before).
    private static List<DisplayCell> WordAtEnd(string content, List<DisplayCell> cells)
    {
        for (var k = cells.Count - 1; k >= Math.Max(1, cells.Count - MaxCarried); k--)
        {
            if (content[cells[k].Index] == ' ')
            {
                return cells.GetRange(k + 1, cells.Count - k - 1);
            }
        }

        return [];
    }

    /// <summary>The line as printed, after the gutter.</summary>
    public static string Line(PictureRow row) => Gutter + string.Concat(row.Cells.Select(c => c.Shown));

    /// <summary>
    /// The marker row of one finding (or group of findings) under <paramref name="row"/>: <c>^</c> where
    /// it starts, <c>~</c> under the rest, then its label; <see langword="null"/> when none of its places is on the row.
    /// </summary>
    public static string? Markers(PictureRow row, IReadOnlyList<(int Offset, int Length)> places, string label, bool lastRow, Func<string, string> paint)
    {
        var marks = new StringBuilder();
        var any = false;
        foreach (var cell in row.Cells)
        {
            var mark = ' ';
            foreach (var (offset, length) in places)
            {
                if (length == 0 ? offset == cell.Index : cell.Index < offset + length && offset < cell.Index + cell.Length)
                {
                    mark = cell.Index <= offset ? '^' : '~';
                }
            }

            any |= mark != ' ';
            marks.Append(mark).Append(mark == '^' ? '~' : mark, cell.Width - 1);
        }

        // An insertion point at the very end of the content is drawn after its last character.
        if (lastRow && places.Any(p => p.Length == 0 && p.Offset >= row.End))
        {
            marks.Append('^');
            any = true;
        }

        if (!any)
        {
            return null;
        }

        var drawn = marks.ToString().TrimEnd();
        var lead = drawn.Length - drawn.TrimStart().Length;
        return Gutter + drawn[..lead] + paint(drawn[lead..] + " " + label);
    }

    /// <summary>The row marking each GSM-7 extension character (<c>²</c>, two septets) on <paramref name="row"/>; <see langword="null"/> when there is none.</summary>
    public static string? ExtensionMarks(PictureRow row, string content)
    {
        var marks = new StringBuilder();
        foreach (var cell in row.Cells)
        {
            marks.Append(cell.Length == 1 && Gsm7Alphabet.IsExtension(content[cell.Index]) ? '²' : ' ', cell.Width);
        }

        var drawn = marks.ToString().TrimEnd();
        return drawn.Length == 0 ? null : Gutter + drawn;
    }
}
