using System.Text;

namespace CxoneApprove.Compliance;

/// <summary>
/// Checks <c>from_address</c>: a US/Canada short code (5–6 digits), an E.164 long code (<c>+</c>
/// and 8–15 digits; a <c>+1</c> number has exactly 10 after the country code) or a toll-free
/// number (<c>+1</c>, 800/833/844/855/866/877/888, 7 digits), as the options allow.
/// </summary>
internal static class SenderAddressRule
{
    private static readonly string[] TollFreePrefixes = ["800", "833", "844", "855", "866", "877", "888"];

    private const int MaxQuotedLength = 40;

    /// <summary>The kind of <paramref name="address"/> as written, or <see langword="null"/> when it is none of them.</summary>
    public static SenderKinds? Classify(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return null;
        }

        if (address.Length is 5 or 6 && AllDigits(address))
        {
            return SenderKinds.ShortCode;
        }

        if (address[0] != '+' || !AllDigits(address.AsSpan(1)))
        {
            return null;
        }

        var digits = address.AsSpan(1);
        if (digits[0] == '1')
        {
            // North American Numbering Plan: 1, a 3-digit area code not starting 0 or 1, 7 digits.
            if (digits.Length != 11 || digits[1] is '0' or '1')
            {
                return null;
            }

            return TollFreePrefixes.Contains(digits.Slice(1, 3).ToString()) ? SenderKinds.TollFree : SenderKinds.LongCode;
        }

        return digits.Length is >= 8 and <= 15 && digits[0] != '0' ? SenderKinds.LongCode : null;
    }

    /// <summary>
    /// What is wrong with <paramref name="address"/> given the <paramref name="allowed"/> kinds, as a
    /// message a person can act on, or <see langword="null"/> when it is fine.
    /// </summary>
    public static string? Check(string? address, SenderKinds allowed)
    {
        var kinds = KindsIn(allowed);
        if (kinds.Count == 0)
        {
            return "no sender kind is allowed by the options, so no from_address can pass";
        }

        var expected = Describe(kinds);
        if (string.IsNullOrWhiteSpace(address))
        {
            return $"from_address is empty; expected {expected}";
        }

        var kind = Classify(address);
        if (kind is { } found && allowed.HasFlag(found))
        {
            return null;
        }

        var what = kind is { } other ? $"is {Article(other)}, not" : "is not";
        var message = $"from_address {Quote(address)} {what} {Join(kinds.Select(Article), "or")} (expected e.g. {Join(kinds.Select(Example), "or")})";
        if (Suggestion(address, allowed) is { } suggestion)
        {
            return $"{message}; did you mean {suggestion}?";
        }

        // A well-formed sender of a kind the options leave out: say how to let it in.
        return kind is { } valid ? $"{message}; if {Article(valid)} is intended, allow it with --allow-sender {OptionValue(valid)}" : message;
    }

    private static string OptionValue(SenderKinds kind) => kind switch
    {
        SenderKinds.LongCode => "long-code",
        SenderKinds.TollFree => "toll-free",
        _ => "short-code",
    };

    private static string Describe(List<SenderKinds> kinds) =>
        $"{Join(kinds.Select(Article), "or")} (e.g. {Join(kinds.Select(Example), "or")})";

    private static List<SenderKinds> KindsIn(SenderKinds allowed) =>
        [.. new[] { SenderKinds.ShortCode, SenderKinds.LongCode, SenderKinds.TollFree }.Where(k => allowed.HasFlag(k))];

    private static string Article(SenderKinds kind) => kind switch
    {
        SenderKinds.ShortCode => "a 5–6 digit short code",
        SenderKinds.LongCode => "an E.164 long code",
        _ => "a toll-free number",
    };

    private static string Example(SenderKinds kind) => kind switch
    {
        SenderKinds.ShortCode => "12345",
        SenderKinds.LongCode => "+12025550123",
        _ => "+18005550123",
    };

    // A number written with spaces, dashes, dots or brackets, or without its +1, that is an allowed kind once cleaned up.
    private static string? Suggestion(string address, SenderKinds allowed)
    {
        var cleaned = new StringBuilder();
        foreach (var c in address.Trim())
        {
            if (char.IsAsciiDigit(c) || (c == '+' && cleaned.Length == 0))
            {
                cleaned.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '\u00A0'))
            {
                return null;
            }
        }

        var digits = cleaned.ToString();
        string[] candidates = digits.StartsWith('+') ? [digits]
            : digits.Length == 10 ? [digits, "+1" + digits]
            : digits.Length == 11 && digits[0] == '1' ? [digits, "+" + digits]
            : [digits];
        foreach (var candidate in candidates)
        {
            if (candidate != address && Classify(candidate) is { } kind && allowed.HasFlag(kind))
            {
                return $"\"{candidate}\"";
            }
        }

        return null;
    }

    private static string Join(IEnumerable<string> items, string conjunction)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => $"{string.Join(", ", list.Take(list.Count - 1))} {conjunction} {list[^1]}",
        };
    }

    private static bool AllDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>The address in quotes, on one line and of a readable length, whatever it holds.</summary>
    private static string Quote(string address)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in address.Length > MaxQuotedLength ? address[..MaxQuotedLength] : address)
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029')
            {
                quoted.Append($"\\u{(int)c:X4}");
            }
            else
            {
                quoted.Append(c is '"' ? "\\\"" : c.ToString());
            }
        }

        return quoted.Append(address.Length > MaxQuotedLength ? "…\"" : "\"").ToString();
    }
}
