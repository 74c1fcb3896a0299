using System.Globalization;

namespace CxoneApprove.Compliance;

/// <summary>
/// Measures a text as an SMS: its encoding, its units and the parts it needs (3GPP TS 23.038 for
/// the alphabet, TS 23.040 for concatenation: a 6-octet user data header leaves 153 septets or
/// 67 UTF-16 units a part).
/// </summary>
internal static class SegmentCounter
{
    /// <summary>Septets of a single-part GSM-7 message.</summary>
    public const int Gsm7SinglePart = 160;

    /// <summary>Septets of each part of a concatenated GSM-7 message.</summary>
    public const int Gsm7PerPart = 153;

    /// <summary>UTF-16 units of a single-part UCS-2 message.</summary>
    public const int Ucs2SinglePart = 70;

    /// <summary>UTF-16 units of each part of a concatenated UCS-2 message.</summary>
    public const int Ucs2PerPart = 67;

    /// <summary>Units that fit in one part when the message has only one.</summary>
    public static int SinglePartLimit(SmsEncoding encoding) =>
        encoding == SmsEncoding.Gsm7 ? Gsm7SinglePart : Ucs2SinglePart;

    /// <summary>Units each part holds when the message needs more than one.</summary>
    public static int PartCapacity(SmsEncoding encoding) =>
        encoding == SmsEncoding.Gsm7 ? Gsm7PerPart : Ucs2PerPart;

    /// <summary>The most units <paramref name="parts"/> parts can hold (fewer when escape pairs or graphemes fall on a boundary).</summary>
    public static long MostUnits(SmsEncoding encoding, int parts) =>
        parts <= 1 ? SinglePartLimit(encoding) : (long)PartCapacity(encoding) * parts;

    /// <summary>
    /// Measures <paramref name="content"/>. With a <paramref name="placeholderWidth"/>, each
    /// <c>{{name}}</c> counts as that many GSM-7 characters instead of as written.
    /// </summary>
    public static SmsMeasurement Measure(string? content, int? placeholderWidth)
    {
        content ??= string.Empty;
        var placeholders = placeholderWidth is null ? [] : PlaceholderScanner.Find(content);
        var width = Math.Max(0, placeholderWidth ?? 0);

        var nonGsm = FindNonGsmCharacters(content, placeholders);
        var encoding = nonGsm.Count == 0 ? SmsEncoding.Gsm7 : SmsEncoding.Ucs2;

        var packer = new PartPacker(PartCapacity(encoding), SinglePartLimit(encoding));
        var cursor = 0;
        foreach (var placeholder in placeholders)
        {
            Pack(content.AsSpan(cursor, placeholder.Index - cursor), cursor, encoding, packer);
            packer.AddRun(width, placeholder.Index);
            cursor = placeholder.Index + placeholder.Length;
        }

        Pack(content.AsSpan(cursor), cursor, encoding, packer);

        var segments = packer.Units == 0 ? 0
            : packer.Units <= SinglePartLimit(encoding) ? 1
            : packer.Parts;
        return new SmsMeasurement(encoding, Saturate(packer.Units), Saturate(segments), nonGsm)
        {
            PartStarts = segments switch
            {
                0 => [],
                1 => [0],
                _ => packer.Starts,
            },
            SinglePartOverflow = packer.SinglePartOverflow,
        };
    }

    private static List<NonGsmCharacter> FindNonGsmCharacters(string content, IReadOnlyList<Placeholder> skipped)
    {
        var found = new List<NonGsmCharacter>();
        var position = 0;
        var next = 0;
        for (var i = 0; i < content.Length; i++)
        {
            position++;
            var inPlaceholder = false;
            while (next < skipped.Count && skipped[next].Index + skipped[next].Length <= i)
            {
                next++;
            }

            if (next < skipped.Count && skipped[next].Index <= i)
            {
                inPlaceholder = true;
            }

            var c = content[i];
            if (char.IsHighSurrogate(c) && i + 1 < content.Length && char.IsLowSurrogate(content[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, content[i + 1]);
                if (!inPlaceholder)
                {
                    found.Add(Offender(content.Substring(i, 2), codePoint, position, i));
                }

                i++;
                continue;
            }

            if (!inPlaceholder && !Gsm7Alphabet.Contains(c))
            {
                found.Add(Offender(c.ToString(), c, position, i));
            }
        }

        return found;
    }

    private static NonGsmCharacter Offender(string text, int codePoint, int position, int index)
    {
        var substitution = Gsm7Substitutions.Find(codePoint);
        return new NonGsmCharacter(text, codePoint, position, substitution?.Replacement)
        {
            Index = index,
            ReplacementKind = substitution?.Kind,
        };
    }

    private static void Pack(ReadOnlySpan<char> text, int index, SmsEncoding encoding, PartPacker packer)
    {
        while (!text.IsEmpty)
        {
            var length = Graphemes.NextLength(text);
            var grapheme = text[..length];
            var cost = Cost(grapheme, encoding);
            if (cost <= packer.Capacity)
            {
                packer.Add(cost, index);
            }
            else
            {
                // A grapheme longer than a whole part cannot stay whole; it still never splits a surrogate pair.
                PackByCodePoint(grapheme, index, encoding, packer);
            }

            text = text[length..];
            index += length;
        }
    }

    private static void PackByCodePoint(ReadOnlySpan<char> grapheme, int index, SmsEncoding encoding, PartPacker packer)
    {
        for (var i = 0; i < grapheme.Length; i++)
        {
            if (char.IsHighSurrogate(grapheme[i]) && i + 1 < grapheme.Length && char.IsLowSurrogate(grapheme[i + 1]))
            {
                packer.Add(2, index + i);
                i++;
            }
            else
            {
                packer.Add(Cost(grapheme.Slice(i, 1), encoding), index + i);
            }
        }
    }

    private static int Cost(ReadOnlySpan<char> text, SmsEncoding encoding)
    {
        if (encoding == SmsEncoding.Ucs2)
        {
            return text.Length;
        }

        var septets = 0;
        foreach (var c in text)
        {
            septets += Gsm7Alphabet.Septets(c);
        }

        return septets;
    }

    private static int Saturate(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
