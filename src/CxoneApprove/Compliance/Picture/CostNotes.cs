namespace CxoneApprove.Compliance;

/// <summary>
/// The sentences under the picture that say what the message costs and why: the GSM-7 extension
/// characters that count two septets, the placeholders counted as written, what made it UCS-2, how
/// much a part holds.
/// </summary>
internal static class CostNotes
{
    private const int MaxListed = 12;
    private const int MaxPlaceholders = 5;

    /// <summary>The notes for an SMS body measured as <paramref name="measured"/>.</summary>
    public static IEnumerable<string> For(string content, SmsMeasurement measured, int? placeholderWidth)
    {
        var placeholders = PlaceholderScanner.Find(content);
        if (measured.Encoding == SmsEncoding.Gsm7)
        {
            var fixedWidth = placeholderWidth is not null ? placeholders : [];
            bool Outside(int i) => !fixedWidth.Any(p => p.Index <= i && i < p.Index + p.Length);
            var extension = content.Where((c, i) => Gsm7Alphabet.IsExtension(c) && Outside(i)).ToList();
            if (extension.Count > 0)
            {
                var characters = content.Length - fixedWidth.Sum(p => p.Length);
                var counted = fixedWidth.Count == 0 ? string.Empty : $" (besides {fixedWidth.Count} placeholder{(fixedWidth.Count == 1 ? "" : "s")})";
                yield return $"{measured.Units} septets: {characters} characters{counted}, {extension.Count} of them ({Listed(extension)}) from the GSM-7 extension table, which cost 2 septets each (marked ²)";
            }
        }
        else
        {
            var forcing = measured.NonGsmCharacters;
            var named = string.Join(", ", forcing.Take(3).Select(c => $"{c.Describe()} at character {c.Position}")) + (forcing.Count > 3 ? $" and {forcing.Count - 3} more" : string.Empty);
            yield return $"{measured.Units} UTF-16 units: UCS-2 because of {named}; each character counts 1 unit, an emoji or other character beyond U+FFFF 2";
        }

        foreach (var note in PlaceholderNotes(placeholders, measured, placeholderWidth))
        {
            yield return note;
        }

        if (measured.Segments > 1)
        {
            var capacity = SegmentCounter.PartCapacity(measured.Encoding);
            yield return $"{measured.Segments} parts: each holds {capacity} {measured.UnitName} once a message needs more than one ({SegmentCounter.SinglePartLimit(measured.Encoding)} for a single part); a character is never split, so a part may hold fewer";
        }
    }

    private static IEnumerable<string> PlaceholderNotes(IReadOnlyList<Placeholder> placeholders, SmsMeasurement measured, int? width)
    {
        if (placeholders.Count == 0)
        {
            yield break;
        }

        if (width is { } counted)
        {
            yield return $"each placeholder counts as {Math.Max(0, counted)} {measured.UnitName} (--placeholder-width), whatever its name";
            yield break;
        }

        foreach (var placeholder in placeholders.DistinctBy(p => p.Text).Take(MaxPlaceholders))
        {
            var cost = measured.Encoding == SmsEncoding.Gsm7 ? placeholder.Text.Sum(Gsm7Alphabet.Septets) : placeholder.Length;
            var braces = measured.Encoding == SmsEncoding.Gsm7 ? " (its braces are extension characters)" : string.Empty;
            yield return $"{placeholder.Text} is counted as written, {cost} {measured.UnitName}{braces}; the value sent in its place decides the real length";
        }
    }

    private static string Listed(List<char> characters)
    {
        var groups = characters.GroupBy(c => c).Select(g => g.Count() == 1 ? Shown(g.Key) : $"{Shown(g.Key)}×{g.Count()}").ToList();
        return string.Join(" ", groups.Take(MaxListed)) + (groups.Count > MaxListed ? " …" : string.Empty);
    }

    private static string Shown(char c) => c == '\f' ? "form feed" : c.ToString();
}
