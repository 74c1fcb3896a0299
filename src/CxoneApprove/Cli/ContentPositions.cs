using System.Text;
using System.Text.Json;
using CxoneApprove.Workflow.Steps;

namespace CxoneApprove.Cli;

/// <summary>
/// Where each UTF-16 unit of a template file's <c>content</c> sits in the file (1-based line and column), so that a CI
/// annotation points at the finding in the file a team commits. JSON escapes (<c>\n</c>, <c>\u00e9</c>) take more
/// room in the file than in the content, so offsets in the content are not offsets in the file.
/// </summary>
internal sealed class ContentPositions
{
    private readonly int[] _fileIndex;
    private readonly List<int> _lineStarts;

    private ContentPositions(int[] fileIndex, List<int> lineStarts)
    {
        _fileIndex = fileIndex;
        _lineStarts = lineStarts;
    }

    /// <summary>
    /// The origin of the <c>content</c> string of the template object in <paramref name="json"/>, read from
    /// <paramref name="path"/>; <see langword="null"/> when there is none or it does not decode to <paramref name="content"/>.
    /// </summary>
    public static ContentOrigin? Find(string path, string json, string? content)
    {
        if (content is null || QuoteIndex(json) is not { } quote || Walk(json, quote + 1, content.Length) is not { } fileIndex)
        {
            return null;
        }

        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var positions = new ContentPositions(fileIndex, lineStarts);
        return new ContentOrigin(path, positions.Locate);
    }

    private (int Line, int Column) Locate(int offset)
    {
        var index = _fileIndex[Math.Clamp(offset, 0, _fileIndex.Length - 1)];
        var line = _lineStarts.BinarySearch(index);
        line = line >= 0 ? line : ~line - 1;
        return (line + 1, index - _lineStarts[line] + 1);
    }

    // The index in the text of the opening quote of the root object's last "content" string (the one a parser keeps).
    private static int? QuoteIndex(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        long? start = null;
        try
        {
            var reader = new Utf8JsonReader(bytes);
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("content")
                    && reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    start = reader.TokenStartIndex;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return start is { } byteIndex ? Encoding.UTF8.GetCharCount(bytes, 0, (int)byteIndex) : null;
    }

    // The file index of each unit of the decoded string starting at `from`, and one past its end; null when it decodes to another length.
    private static int[]? Walk(string json, int from, int length)
    {
        var fileIndex = new int[length + 1];
        var unit = 0;
        var i = from;
        while (i < json.Length && json[i] != '"')
        {
            if (unit == length)
            {
                return null;
            }

            fileIndex[unit++] = i;
            i += json[i] != '\\' ? 1 : i + 1 < json.Length && json[i + 1] == 'u' ? 6 : 2;
        }

        fileIndex[unit] = i;
        return unit == length ? fileIndex : null;
    }
}
