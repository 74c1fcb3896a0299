namespace CxoneApprove.Compliance;

/// <summary>
/// A picture of the message for the text output: a summary line, the content with the SMS part
/// boundaries marked and each finding underlined where it is (<c>^~~~</c>), GSM-7 extension characters
/// marked where they cost two septets, notes on what the message costs and why, then one line per
/// finding; the characters outside GSM-7 are one line together, not one each. Pure: lines in, no I/O.
/// </summary>
internal static class MessagePicture
{
    /// <summary>The lines to print for <paramref name="template"/> as <paramref name="report"/> found it, without line ends.</summary>
    public static IReadOnlyList<string> Render(MessageTemplate template, ComplianceOptions options, ValidationReport report, PictureStyle? style = null)
    {
        template ??= new MessageTemplate();
        options ??= ComplianceOptions.Default;
        style ??= PictureStyle.Plain;
        var content = template.Content ?? string.Empty;
        var groups = FindingGroups.Of(report, content);
        var lines = new List<string>();
        if (template.Channel == MessageChannel.WhatsApp)
        {
            lines.Add($"WhatsApp: body of {content.Length} characters (at most {WhatsAppComponentRules.MaxBody})");
            AddComponent(lines, "header", template.Header);
            Draw(lines, content, [], groups, style, extensionMarks: false);
            AddComponent(lines, "footer", template.Footer);
        }
        else
        {
            var measured = SegmentCounter.Measure(content, options.PlaceholderWidth);
            lines.Add($"{measured.EncodingName}: {measured.Units} {(measured.Encoding == SmsEncoding.Gsm7 ? "septets" : "UTF-16 units")}, {measured.Segments} part{(measured.Segments == 1 ? "" : "s")}");
            Draw(lines, content, measured.Segments > 1 ? measured.PartStarts.Skip(1).ToList() : [], groups, style, measured.Encoding == SmsEncoding.Gsm7);
            lines.AddRange(CostNotes.For(content, measured, options.PlaceholderWidth).Select(n => "  " + n));
        }

        foreach (var group in groups)
        {
            var sigil = group.Severity == RuleSeverity.Error ? "✗" : "!";
            lines.Add($"  {style.Paint($"{sigil} {group.Rule}", group.Severity)}: {group.Message}");
        }

        return lines;
    }

    private static void Draw(List<string> lines, string content, IReadOnlyList<int> partStarts, IReadOnlyList<FindingGroup> groups, PictureStyle style, bool extensionMarks)
    {
        var rows = PictureLayout.Rows(content, partStarts, Math.Max(20, style.Width));
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Part > 0)
            {
                lines.Add(style.Dim($"  ├── part {row.Part} starts at character {CharacterNumber(content, row.Start)} ──"));
                continue;
            }

            lines.Add(PictureLayout.Line(row));
            if (extensionMarks && PictureLayout.ExtensionMarks(row, content) is { } costs)
            {
                lines.Add(costs);
            }

            foreach (var group in groups)
            {
                var label = group.Places.Count > 1 ? $"{group.Rule} ×{group.Places.Count}" : group.Rule;
                if (PictureLayout.Markers(row, group.Places, label, r == rows.Count - 1, text => style.Paint(text, group.Severity)) is { } markers)
                {
                    lines.Add(markers);
                }
            }
        }
    }

    private static void AddComponent(List<string> lines, string name, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            lines.Add($"  {name}: {Snippet.Quote(text)} ({text.Length} of {WhatsAppComponentRules.MaxHeaderOrFooter} characters)");
        }
    }

    /// <summary>The 1-based position of UTF-16 index <paramref name="index"/> counted in characters (code points), as messages count.</summary>
    public static int CharacterNumber(string content, int index)
    {
        var number = 1;
        for (var i = 0; i < index && i < content.Length; i++)
        {
            if (!(char.IsHighSurrogate(content[i]) && i + 1 < content.Length && char.IsLowSurrogate(content[i + 1])))
            {
                number++;
            }
        }

        return number;
    }
}
