namespace CxoneApprove.Compliance;

/// <summary>A phone number or e-mail address found in a text.</summary>
/// <param name="Index">UTF-16 index of its first character.</param>
/// <param name="Length">Its length in UTF-16 units.</param>
internal readonly record struct Contact(int Index, int Length);

/// <summary>
/// Finds phone numbers and e-mail addresses. A phone number is a <c>+</c> number of 8–15 digits, or a
/// North American number written in groups: <c>(202) 555-0123</c>, <c>800.555.0123</c>, <c>1-800-555-0123</c>.
/// Ten digits in a row are taken for an order or account number, and dates, ZIP+4 codes, prices and
/// version numbers do not have the groups of a phone number.
/// </summary>
internal static class ContactFinder
{
    /// <summary>The phone numbers of <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<Contact> Phones(string text)
    {
        var found = new List<Contact>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if ((c is '+' or '(' || char.IsAsciiDigit(c)) && (i == 0 || !IsNumberPart(text[i - 1])) && Phone(text, i) is { } length)
            {
                found.Add(new Contact(i, length));
                i += length;
                continue;
            }

            i++;
        }

        return found;
    }

    /// <summary>The e-mail addresses of <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<Contact> Emails(string text)
    {
        var found = new List<Contact>();
        for (var at = text.IndexOf('@', StringComparison.Ordinal); at >= 0; at = text.IndexOf('@', at + 1))
        {
            var start = at;
            while (start > 0 && IsLocalPart(text[start - 1]))
            {
                start--;
            }

            var end = at + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '.'))
            {
                end++;
            }

            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            if (start < at && text[start] != '.' && text[at - 1] != '.' && LinkFinder.IsHost(text[(at + 1)..end], bare: false))
            {
                found.Add(new Contact(start, end - start));
            }
        }

        return found;
    }

    private static bool IsLocalPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsNumberPart(char c) => char.IsLetterOrDigit(c) || c is '-' or '.' or '/' or '+' or '#' or '$';

    // The length of the phone number starting at `start`, or null.
    private static int? Phone(string text, int start)
    {
        var plus = text[start] == '+';
        var groups = new List<string>();
        var at = plus ? start + 1 : start;
        var parenthesized = false;
        while (at < text.Length)
        {
            var open = text[at] == '(' && groups.Count == (plus ? 1 : 0) ? 1 : 0;
            var digitsStart = at + open;
            var digitsEnd = digitsStart;
            while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd]))
            {
                digitsEnd++;
            }

            if (digitsEnd == digitsStart || (open == 1 && (digitsEnd >= text.Length || text[digitsEnd] != ')')))
            {
                break;
            }

            parenthesized |= open == 1;
            groups.Add(text[digitsStart..digitsEnd]);
            at = digitsEnd + open;
            var separated = at + 1 < text.Length && text[at] is ' ' or '-' or '.' && (char.IsAsciiDigit(text[at + 1]) || text[at + 1] == '(');
            if (!separated && !(open == 1 && at < text.Length && char.IsAsciiDigit(text[at])))
            {
                break;
            }

            at += separated ? 1 : 0;
        }

        var end = groups.Count == 0 ? start : LastDigit(text, at);
        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] is '-' or '.' or '/' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            return null;
        }

        return IsPhone(groups, plus, parenthesized) ? end - start : null;
    }

    private static int LastDigit(string text, int at)
    {
        while (at > 0 && !char.IsAsciiDigit(text[at - 1]) && text[at - 1] != ')')
        {
            at--;
        }

        return at;
    }

    private static bool IsPhone(List<string> groups, bool plus, bool parenthesized)
    {
        var digits = string.Concat(groups);
        if (plus)
        {
            return digits.StartsWith('1') ? digits.Length == 11 && IsNorthAmerican(digits[1..]) : digits.Length is >= 8 and <= 15 && digits[0] != '0';
        }

        var lengths = groups.Select(g => g.Length).ToArray();
        var national = lengths.SequenceEqual([3, 3, 4]) ? digits
            : lengths.SequenceEqual([1, 3, 3, 4]) && groups[0] == "1" ? digits[1..]
            : null;
        return national is not null && (groups.Count > 1 || parenthesized) && IsNorthAmerican(national);
    }

    // A 10-digit NANP number: area code and exchange each start with 2–9.
    private static bool IsNorthAmerican(string national) =>
        national.Length == 10 && national[0] is >= '2' and <= '9' && national[3] is >= '2' and <= '9';
}
