namespace CxoneApprove.Compliance;

/// <summary>
/// <c>brand_missing</c>: an SMS names its sender. With the brand's names known (the policy's
/// <c>brand.names</c>), a message without any of them is an error for samples, first messages, opt-in
/// confirmations and HELP and STOP replies, and a warning otherwise. A registration sample must also
/// name the brand literally, never as a placeholder such as <c>[Company Name]</c>.
/// </summary>
internal static class BrandRule
{
    private static readonly HashSet<string> BrandPlaceholderWords = new(
        Vocabulary.Words("COMPANY BUSINESS BRAND ORG ORGANIZATION ORGANISATION MERCHANT"), StringComparer.Ordinal);

    /// <summary>Reports a message that does not name the brand.</summary>
    public static void Check(RuleContext context, FindingList findings)
    {
        var template = context.Template;
        if (findings.IsOff(Rules.BrandMissing) || string.IsNullOrWhiteSpace(context.Content))
        {
            return;
        }

        var placeholder = BrandPlaceholder(context.Scanned);
        if (template.Kind == MessageKind.Sample && placeholder is { } written)
        {
            findings.Add(new Finding(Rules.BrandMissing, RuleSeverity.Error,
                $"a registration sample must name the brand itself, not {Snippet.Quote(context.Content.Substring(written.Index, written.Length))}")
                .At(written.Index, written.Length));
            return;
        }

        var names = context.Options.BrandNames.Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        if (names.Count == 0 || placeholder is not null || names.Any(n => Names(context.Scanned, n)))
        {
            return;
        }

        var severity = template.Kind is MessageKind.Recurring or MessageKind.OneTimePassword ? RuleSeverity.Warning : RuleSeverity.Error;
        var prefix = $"{names[0].Trim()}: ";
        findings.Add(new Finding(Rules.BrandMissing, severity,
            $"content does not name the sender ({string.Join(", ", names.Select(n => n.Trim()))}) — carriers expect the brand in the message, e.g. starting it with \"{prefix}\"")
        {
            Fix = prefix,
        }.At(0, 0));
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="name"/> as whole words, whatever the case and accents.</summary>
    public static bool Names(ScannedText text, string name)
    {
        var phrase = OptOutDetector.Tokenize(LatinLetters.Key(name)).Select(w => w.Text).ToArray();
        if (phrase.Length == 0)
        {
            return false;
        }

        for (var i = 0; i + phrase.Length <= text.Words.Count; i++)
        {
            var k = 0;
            while (k < phrase.Length && text.Key(i + k) == phrase[k] && (k == 0 || !text.EndsSentenceAfter(i + k - 1)))
            {
                k++;
            }

            if (k == phrase.Length)
            {
                return true;
            }
        }

        return false;
    }

    // A placeholder standing for the brand: [Company Name], {{business}}, <Brand>. Returns its UTF-16 range.
    private static Contact? BrandPlaceholder(ScannedText text)
    {
        for (var i = 0; i < text.Words.Count; i++)
        {
            var key = text.Key(i);
            var underscore = key.IndexOf('_', StringComparison.Ordinal);
            if (!BrandPlaceholderWords.Contains(underscore < 0 ? key : key[..underscore]) || (underscore >= 0 && key[(underscore + 1)..] != "NAME"))
            {
                continue;
            }

            var start = text.Start(i);
            var last = i + 1 < text.Words.Count && text.Key(i + 1) == "NAME" && text.IsTightAfter(i) ? i + 1 : i;
            var end = text.Start(last) + text.Span(last, last).Length;
            var before = text.Original.AsSpan(0, start).TrimEnd(' ');
            var after = text.Original.AsSpan(end).TrimStart(' ');
            if (before.Length > 0 && before[^1] is '[' or '{' or '<' && after.Length > 0 && after[0] is ']' or '}' or '>')
            {
                var open = start - (text.Original.AsSpan(0, start).Length - before.Length) - 1;
                while (open > 0 && text.Original[open - 1] is '[' or '{' or '<')
                {
                    open--;
                }

                var close = text.Original.Length - after.Length + 1;
                while (close < text.Original.Length && text.Original[close] is ']' or '}' or '>')
                {
                    close++;
                }

                return new Contact(open, close - open);
            }
        }

        return null;
    }
}
