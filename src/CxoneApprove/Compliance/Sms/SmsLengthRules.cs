using System.Text;

namespace CxoneApprove.Compliance;

/// <summary>
/// An SMS body's size: empty content, more parts than allowed (<c>content_length</c>), characters that
/// force UCS-2 (<c>non_gsm_character</c>) and placeholders counted as written (<c>placeholder_length</c>).
/// </summary>
internal static class SmsLengthRules
{
    // Beyond this many characters outside GSM-7 the text is UCS-2 on purpose (another script), so
    // one summary warning replaces the warning per character.
    private const int MaxNonGsmWarnings = 10;

    private const int MaxNamedInViolation = 3;

    private const int MaxPlaceholdersNamed = 5;

    private const string Consequence = "so the message is sent as UCS-2 (70 units a part instead of 160 septets)";

    /// <summary>Reports an empty body, whatever the channel.</summary>
    public static void CheckEmpty(RuleContext context, FindingList findings)
    {
        var content = context.Content;
        if (string.IsNullOrWhiteSpace(content))
        {
            var what = content.Length == 0 ? "content is empty" : "content is blank (only white space)";
            var write = context.Template.Channel == MessageChannel.WhatsApp
                ? "write the template's body"
                : $"write the message, with an opt-out instruction such as {OptOutRule.EnglishExample}";
            findings.Add(new Finding(Rules.EmptyContent, RuleSeverity.Error, $"{what} — {write}"));
        }
    }

    /// <summary>Reports a body needing more parts than allowed.</summary>
    public static void CheckLength(RuleContext context, FindingList findings)
    {
        var measured = context.Measurement;
        if (measured.Segments <= context.MaxSegments)
        {
            return;
        }

        var finding = new Finding(Rules.ContentLength, RuleSeverity.Error, ContentLengthMessage(context, measured));
        findings.Add(measured.OverflowIndex(context.MaxSegments) is { } cut ? finding.At(cut, context.Content.Length - cut) : finding);
    }

    /// <summary>Reports what costs more than it seems: characters outside GSM-7 and placeholders counted as written.</summary>
    public static void CheckCharacters(RuleContext context, FindingList findings)
    {
        AddNonGsmWarnings(context.Measurement, findings);
        if (context.Options.PlaceholderWidth is null)
        {
            AddPlaceholderWarning(context.Content, context.Measurement, findings);
        }
    }

    /// <summary>The content with every typographic stand-in applied; <see langword="null"/> when there is none.</summary>
    public static string? SafelyFixed(RuleContext context, FindingList findings)
    {
        var offenders = context.Measurement.NonGsmCharacters;
        if (findings.IsOff(WarningCodes.NonGsmCharacter) || !offenders.Any(c => c.FixIsSafe))
        {
            return null;
        }

        var content = context.Content;
        var result = new StringBuilder(content.Length);
        var cursor = 0;
        foreach (var c in offenders.Where(c => c.FixIsSafe))
        {
            result.Append(content, cursor, c.Index - cursor).Append(c.Fix);
            cursor = c.Index + c.Text.Length;
        }

        return result.Append(content, cursor, content.Length - cursor).ToString();
    }

    private static string ContentLengthMessage(RuleContext context, SmsMeasurement measured)
    {
        var maxSegments = context.MaxSegments;
        var problem = $"content needs {measured.Segments} SMS parts ({measured.EncodingName}, {measured.Units} {measured.UnitName}); at most {maxSegments} allowed";
        var shorten = Shorten(measured, maxSegments);
        if (measured.Encoding == SmsEncoding.Gsm7)
        {
            return $"{problem} — {shorten}";
        }

        // Would the text fit once the few characters that forced UCS-2 are replaced or removed?
        // Many of them mean a text in another script, where "stay GSM-7" is no advice at all.
        var offenders = measured.NonGsmCharacters;
        if (offenders.Count > MaxNonGsmWarnings)
        {
            return $"{problem} — {shorten}";
        }

        var width = context.Options.PlaceholderWidth;
        var asGsm = SegmentCounter.Measure(ToGsm7(context.Content, measured), width);
        if (asGsm.Encoding != SmsEncoding.Gsm7 || asGsm.Units == 0)
        {
            return $"{problem} — {shorten}";
        }

        var fix = offenders.Count <= MaxNamedInViolation
            ? string.Join(" and ", offenders.Select(FixFor))
            : $"replace or remove the {offenders.Count} characters outside GSM-7 listed in the warnings";
        return asGsm.Segments <= maxSegments
            ? $"{problem} — {fix} to stay GSM-7 ({asGsm.Units} septets, {Count(asGsm.Segments, "part")})"
            : $"{problem} — {shorten}, or {fix} to stay GSM-7 and {Shorten(asGsm, maxSegments)}";
    }

    private static string Shorten(SmsMeasurement measured, int maxSegments)
    {
        var most = SegmentCounter.MostUnits(measured.Encoding, maxSegments);
        var unit = measured.UnitName.TrimEnd('s');
        var holds = maxSegments == 1 ? "holds" : "hold";
        return $"shorten it by at least {Count(measured.Units - most, unit)} ({Count(maxSegments, "part")} {holds} at most {most})";
    }

    private static string FixFor(NonGsmCharacter c) => c.Replacement switch
    {
        null => $"remove {c.Describe()} at character {c.Position}",
        "" => $"delete {c.Describe()} at character {c.Position}",
        _ => $"replace {c.Describe()} at character {c.Position} with {Shown(c.Replacement)}",
    };

    private static string Shown(string replacement) => replacement switch
    {
        " " => "a plain space",
        "\n" => "a line break",
        _ => replacement,
    };

    private static string Count(long count, string singular) => count == 1 ? $"1 {singular}" : $"{count} {singular}s";

    // The content with every character outside GSM-7 replaced by its stand-in, or dropped; letters whose
    // stand-in would misspell a word stay, so that advice never asks for that.
    private static string ToGsm7(string content, SmsMeasurement measured)
    {
        var result = new StringBuilder(content.Length);
        var cursor = 0;
        foreach (var c in measured.NonGsmCharacters.Where(c => c.ReplacementKind != SubstitutionKind.Spelling))
        {
            result.Append(content, cursor, c.Index - cursor).Append(c.Replacement);
            cursor = c.Index + c.Text.Length;
        }

        return result.Append(content, cursor, content.Length - cursor).ToString();
    }

    private static void AddNonGsmWarnings(SmsMeasurement measured, FindingList findings)
    {
        var offenders = measured.NonGsmCharacters;
        if (offenders.Count == 0)
        {
            return;
        }

        if (offenders.Count <= MaxNonGsmWarnings)
        {
            foreach (var c in offenders)
            {
                var remedy = c.Replacement is null ? "remove it to stay GSM-7"
                    : c.ReplacementKind == SubstitutionKind.Spelling ? c.Remedy()
                    : $"{c.Remedy()} to stay GSM-7";
                findings.Add(new Finding(
                    WarningCodes.NonGsmCharacter,
                    RuleSeverity.Warning,
                    $"{c.Describe()} at character {c.Position} is not in GSM-7, {Consequence} — {remedy}")
                {
                    Fix = c.Fix,
                    FixIsSafe = c.FixIsSafe,
                }.At(c.Index, c.Text.Length));
            }

            return;
        }

        var first = string.Join(", ", offenders.Take(MaxNamedInViolation).Select(c => $"{c.Describe()} at character {c.Position}"));
        findings.Add(new Finding(
            WarningCodes.NonGsmCharacter,
            RuleSeverity.Warning,
            $"{offenders.Count} characters are not in GSM-7 (first {first}), {Consequence}").At(offenders[0].Index, offenders[0].Text.Length));
    }

    private static void AddPlaceholderWarning(string content, SmsMeasurement measured, FindingList findings)
    {
        var placeholders = PlaceholderScanner.Find(content);
        if (placeholders.Count == 0)
        {
            return;
        }

        var writtenCost = placeholders.Sum(p => measured.Encoding == SmsEncoding.Gsm7
            ? p.Text.Sum(Gsm7Alphabet.Septets)
            : p.Length);
        var names = string.Join(", ", placeholders.Take(MaxPlaceholdersNamed).Select(p => p.Text))
            + (placeholders.Count > MaxPlaceholdersNamed ? ", …" : string.Empty);
        var counted = placeholders.Count == 1 ? "placeholder" : $"{placeholders.Count} placeholders";
        findings.Add(new Finding(
            WarningCodes.PlaceholderLength,
            RuleSeverity.Warning,
            $"{measured.Units} {measured.UnitName} counts the {counted} {names} as written ({writtenCost} {measured.UnitName}); "
            + "longer values, or values with characters outside GSM-7, make the message longer — "
            + "pass --placeholder-width N to count each as N characters")
            .At(placeholders[0].Index, placeholders[0].Length));
    }
}
