namespace CxoneApprove.Compliance;

/// <summary>
/// Finds links in a text: <c>http(s)://</c> URLs and bare hosts such as <c>bit.ly/x</c> or <c>acme.com</c>,
/// which phones turn into links too. A bare host must end in a top-level domain people use in messages
/// and be written in lower case or all capitals, so that "e.g.", "report.pdf", "2.1.0" and a missing space
/// after a full stop ("now.Shop") are not links; an e-mail address is not a link either.
/// </summary>
internal static class LinkFinder
{
    private static readonly HashSet<string> BareTopLevelDomains = new(Vocabulary.Words(
        "com net org edu gov mil int info biz io co me us uk ca de fr es it nl be ch at se no dk fi pl pt ie mx br ar cl au nz " +
        "in jp cn kr ru za eu asia pro name mobi tech ly gl gd to sh ai app dev link shop store online site xyz club page help " +
        "health care bank tv fm cc ws la gg im vc ee ink gy id st tt do"), StringComparer.Ordinal);

    /// <summary>The links of <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<Link> Find(string? text)
    {
        var links = new List<Link>();
        if (string.IsNullOrEmpty(text))
        {
            return links;
        }

        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start && InToken(text, start, i) is { } link)
            {
                links.Add(link);
            }
        }

        return links;
    }

    // One link at the start of the token [start, end), after any opening quotes or brackets.
    private static Link? InToken(string text, int start, int end)
    {
        // Every link has a dot in its host; most words have none.
        if (text.AsSpan(start, end - start).IndexOf('.') < 0)
        {
            return null;
        }

        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        string? scheme = null;
        var hostStart = start;
        foreach (var candidate in (ReadOnlySpan<string>)["https://", "http://"])
        {
            if (end - start > candidate.Length && text.AsSpan(start, candidate.Length).Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                scheme = text.Substring(start, candidate.Length - 3);
                hostStart = start + candidate.Length;
                break;
            }
        }

        var hostEnd = hostStart;
        while (hostEnd < end && (char.IsLetterOrDigit(text[hostEnd]) || text[hostEnd] is '-' or '.'))
        {
            hostEnd++;
        }

        while (hostEnd > hostStart && text[hostEnd - 1] is '.' or '-')
        {
            hostEnd--;
        }

        var host = text[hostStart..hostEnd];
        if ((hostEnd < end && text[hostEnd] == '@') || !IsHost(host, bare: scheme is null))
        {
            return null;
        }

        var linkEnd = PathEnd(text, hostEnd, end);
        var lower = host.ToLowerInvariant();
        return new Link(start, linkEnd - start, scheme, lower.StartsWith("www.", StringComparison.Ordinal) ? lower[4..] : lower);
    }

    /// <summary>Whether <paramref name="host"/> is a host name; a bare one also needs a common top-level domain in one case.</summary>
    public static bool IsHost(string host, bool bare)
    {
        var labels = host.Split('.');
        if (labels.Length < 2 || labels.Any(l => l.Length is 0 or > 63 || l[0] == '-' || l[^1] == '-'))
        {
            return false;
        }

        var top = labels[^1];
        if (top.Length < 2 || !(top.All(char.IsLetter) || top.StartsWith("xn--", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (!bare)
        {
            return true;
        }

        var oneCase = top.All(char.IsLower) || !host.Any(char.IsLower);
        var common = BareTopLevelDomains.Contains(top.ToLowerInvariant()) || labels[0].Equals("www", StringComparison.OrdinalIgnoreCase);
        return oneCase && common;
    }

    // After the host: an optional port, then a path, query or fragment up to the end of the token, less
    // the punctuation that ends the sentence around it and brackets it did not open.
    private static int PathEnd(string text, int hostEnd, int end)
    {
        var at = hostEnd;
        if (at + 1 < end && text[at] == ':' && char.IsAsciiDigit(text[at + 1]))
        {
            at++;
            while (at < end && char.IsAsciiDigit(text[at]))
            {
                at++;
            }
        }

        if (at >= end || text[at] is not ('/' or '?' or '#'))
        {
            return at;
        }

        var last = end;
        while (last > at && IsTrailing(text, at, last))
        {
            last--;
        }

        return last;
    }

    private static bool IsTrailing(string text, int from, int to)
    {
        var c = text[to - 1];
        if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '’' or '”' or '»')
        {
            return true;
        }

        var (open, close) = c switch { ')' => ('(', ')'), ']' => ('[', ']'), '>' => ('<', '>'), _ => ('\0', '\0') };
        if (open == '\0')
        {
            return false;
        }

        var span = text.AsSpan(from, to - from);
        return span.Count(close) > span.Count(open);
    }
}
