using System.Text;

namespace CxoneApprove.Compliance;

/// <summary>
/// Checks an SMS template against the carrier rules: length in parts, sender address and opt-out
/// language. Pure: text in, report out; every violation at once, with warnings beside them.
/// </summary>
internal static class TemplateValidator
{
    // Beyond this many characters outside GSM-7 the text is UCS-2 on purpose (another script), so
    // one summary warning replaces the warning per character.
    private const int MaxNonGsmWarnings = 10;

    private const int MaxNamedInViolation = 3;

    private const int MaxPlaceholdersNamed = 5;

    private const string OptOutExample = "\"Reply STOP to opt out\"";

    /// <summary>
    /// Validates a template. <paramref name="content"/> and <paramref name="fromAddress"/> may be
    /// <see langword="null"/> (read as empty); no string makes it throw.
    /// </summary>
    public static ValidationReport Validate(string? content, string? fromAddress, ComplianceOptions options)
    {
        content ??= string.Empty;
        options ??= ComplianceOptions.Default;
        var maxSegments = Math.Max(1, options.MaxSegments);
        var measured = SegmentCounter.Measure(content, options.PlaceholderWidth);

        var violations = new List<Violation>();
        var warnings = new List<ValidationWarning>();

        if (string.IsNullOrWhiteSpace(content))
        {
            var what = content.Length == 0 ? "content is empty" : "content is blank (only white space)";
            violations.Add(new Violation(Rules.EmptyContent, $"{what} — write the message, with an opt-out instruction such as {OptOutExample}"));
        }

        if (measured.Segments > maxSegments)
        {
            violations.Add(new Violation(Rules.ContentLength, ContentLengthMessage(content, measured, maxSegments, options)));
        }

        if (SenderAddressRule.Check(fromAddress, options.AllowedSenders) is { } senderProblem)
        {
            violations.Add(new Violation(Rules.FromAddress, senderProblem));
        }

        if (OptOutDetector.Find(content, options.ExtraOptOutKeywords) is null)
        {
            violations.Add(new Violation(Rules.OptOut, OptOutMessage(content, options.ExtraOptOutKeywords)));
        }

        AddNonGsmWarnings(measured, warnings);
        if (options.PlaceholderWidth is null)
        {
            AddPlaceholderWarning(content, measured, warnings);
        }

        return new ValidationReport(
            violations.Count == 0,
            measured.EncodingName,
            measured.Units,
            measured.Segments,
            violations,
            warnings);
    }

    private static string ContentLengthMessage(string content, SmsMeasurement measured, int maxSegments, ComplianceOptions options)
    {
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

        var asGsm = SegmentCounter.Measure(ToGsm7(content, options.PlaceholderWidth), options.PlaceholderWidth);
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

    // The content with every character outside GSM-7 replaced by its stand-in, or dropped.
    private static string ToGsm7(string content, int? placeholderWidth)
    {
        var skipped = placeholderWidth is null ? [] : PlaceholderScanner.Find(content);
        var result = new StringBuilder(content.Length);
        var next = 0;
        for (var i = 0; i < content.Length; i++)
        {
            if (next < skipped.Count && skipped[next].Index == i)
            {
                result.Append(skipped[next].Text);
                i += skipped[next].Length - 1;
                next++;
                continue;
            }

            var c = content[i];
            if (Gsm7Alphabet.Contains(c))
            {
                result.Append(c);
                continue;
            }

            var codePoint = (int)c;
            if (char.IsHighSurrogate(c) && i + 1 < content.Length && char.IsLowSurrogate(content[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, content[i + 1]);
                i++;
            }

            result.Append(Gsm7Substitutions.For(codePoint));
        }

        return result.ToString();
    }

    private static string OptOutMessage(string content, IReadOnlyList<string> extraKeywords)
    {
        if (OptOutDetector.FindBareKeyword(content, extraKeywords) is { } bare)
        {
            return $"content mentions {bare.Keyword} but not as an opt-out instruction — write it as \"Reply {bare.Keyword} to opt out\" or \"{bare.Keyword} to opt out\"";
        }

        var keywords = OptOutDetector.KeywordsInForce(extraKeywords);
        return $"content has no opt-out instruction — add one such as {OptOutExample} (keywords: {string.Join(", ", keywords)}; after reply/text/send, or followed by \"to opt out\")";
    }

    private static void AddNonGsmWarnings(SmsMeasurement measured, List<ValidationWarning> warnings)
    {
        var offenders = measured.NonGsmCharacters;
        if (offenders.Count == 0)
        {
            return;
        }

        const string Consequence = "so the message is sent as UCS-2 (70 units a part instead of 160 septets)";
        if (offenders.Count <= MaxNonGsmWarnings)
        {
            foreach (var c in offenders)
            {
                var remedy = c.Replacement is null ? "remove it to stay GSM-7" : $"{c.Remedy()} to stay GSM-7";
                warnings.Add(new ValidationWarning(
                    WarningCodes.NonGsmCharacter,
                    $"{c.Describe()} at character {c.Position} is not in GSM-7, {Consequence} — {remedy}"));
            }

            return;
        }

        var first = string.Join(", ", offenders.Take(MaxNamedInViolation).Select(c => $"{c.Describe()} at character {c.Position}"));
        warnings.Add(new ValidationWarning(
            WarningCodes.NonGsmCharacter,
            $"{offenders.Count} characters are not in GSM-7 (first {first}), {Consequence}"));
    }

    private static void AddPlaceholderWarning(string content, SmsMeasurement measured, List<ValidationWarning> warnings)
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
        warnings.Add(new ValidationWarning(
            WarningCodes.PlaceholderLength,
            $"{measured.Units} {measured.UnitName} counts the {counted} {names} as written ({writtenCost} {measured.UnitName}); "
            + "longer values, or values with characters outside GSM-7, make the message longer — "
            + "pass --placeholder-width N to count each as N characters"));
    }
}
