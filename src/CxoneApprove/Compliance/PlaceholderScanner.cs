namespace CxoneApprove.Compliance;

/// <summary>Finds <c>{{name}}</c> placeholders: two braces, 1–64 characters without braces or line breaks, two braces.</summary>
internal static class PlaceholderScanner
{
    /// <summary>Longest name between the braces that is still taken for a placeholder.</summary>
    public const int MaxNameLength = 64;

    /// <summary>The placeholders of <paramref name="content"/>, left to right, not overlapping.</summary>
    public static IReadOnlyList<Placeholder> Find(string? content)
    {
        if (string.IsNullOrEmpty(content))
        {
            return [];
        }

        var found = new List<Placeholder>();
        var at = 0;
        while (at < content.Length)
        {
            var open = content.IndexOf("{{", at, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            var nameStart = open + 2;
            var nameLength = 0;
            while (nameStart + nameLength < content.Length
                && nameLength <= MaxNameLength
                && content[nameStart + nameLength] is not ('{' or '}' or '\r' or '\n'))
            {
                nameLength++;
            }

            var close = nameStart + nameLength;
            if (nameLength is > 0 and <= MaxNameLength
                && close + 1 < content.Length
                && content[close] == '}'
                && content[close + 1] == '}'
                && !string.IsNullOrWhiteSpace(content.Substring(nameStart, nameLength)))
            {
                found.Add(new Placeholder(open, content[open..(close + 2)]));
                at = close + 2;
            }
            else
            {
                at = open + 1;
            }
        }

        return found;
    }
}
