namespace CxoneApprove.Compliance;

/// <summary>
/// <c>opt_out</c>: the message tells the reader how to stop the messages, where the message's kind and
/// sender call for it.
/// </summary>
internal static class OptOutRule
{
    /// <summary>The instruction suggested in English.</summary>
    public const string EnglishExample = "\"Reply STOP to opt out\"";

    /// <summary>Reports a missing or unusable opt-out instruction.</summary>
    public static void Check(RuleContext context, FindingList findings)
    {
        var content = context.Content;
        var extra = context.Options.ExtraOptOutKeywords;
        if (OptOutDetector.Find(content, extra) is not null)
        {
            return;
        }

        if (OptOutDetector.FindBareKeyword(content, extra) is { } bare)
        {
            findings.Add(new Finding(Rules.OptOut, RuleSeverity.Error,
                $"content mentions {bare.Keyword} but not as an opt-out instruction — write it as \"Reply {bare.Keyword} to opt out\" or \"{bare.Keyword} to opt out\"")
                .At(bare.Index, bare.Text.Length));
            return;
        }

        var keywords = OptOutDetector.KeywordsInForce(extra);
        findings.Add(new Finding(Rules.OptOut, RuleSeverity.Error,
            $"content has no opt-out instruction — add one such as {EnglishExample} (keywords: {string.Join(", ", keywords)}; after reply/text/send, or followed by \"to opt out\")"));
    }
}
