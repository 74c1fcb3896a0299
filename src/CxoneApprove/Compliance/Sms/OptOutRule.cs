namespace CxoneApprove.Compliance;

/// <summary>
/// <c>opt_out</c>: the message tells the reader how to stop the messages, where its kind calls for it:
/// required of recurring, sample and first messages and of opt-in confirmations, advised in a HELP reply,
/// not asked of a one-time password; a STOP reply must instead confirm the opt-out. From a toll-free
/// number only STOP works.
/// </summary>
internal static class OptOutRule
{
    /// <summary>The instruction suggested in English.</summary>
    public const string EnglishExample = "\"Reply STOP to opt out\"";

    /// <summary>Reports a missing or unusable opt-out instruction, or a STOP reply that confirms nothing.</summary>
    public static void Check(RuleContext context, FindingList findings)
    {
        if (findings.IsOff(Rules.OptOut))
        {
            return;
        }

        switch (context.Template.Kind)
        {
            case MessageKind.OneTimePassword:
                return;
            case MessageKind.StopResponse:
                CheckConfirmation(context, findings);
                return;
        }

        var severity = context.Template.Kind == MessageKind.HelpResponse ? RuleSeverity.Warning : RuleSeverity.Error;
        var matches = OptOutDetector.Scan(context.Scanned, context.OptOutFinder).ToList();
        var instructions = matches.Where(m => m.OtherObject is null).ToList();
        if (instructions.Count == 0)
        {
            findings.Add(Missing(context, severity, matches.FirstOrDefault()));
        }
        else if (context.FromTollFree && !instructions.Any(m => m.Keyword == "STOP"))
        {
            var offered = instructions[0];
            findings.Add(new Finding(Rules.OptOut, RuleSeverity.Error,
                $"from_address is a toll-free number, where only STOP opts a contact out, but the content offers {offered.Keyword} — write {EnglishExample}")
            {
                Source = RuleCatalog.TollFreeKeywords,
            }.At(offered.Index, offered.Text.Length));
        }
    }

    /// <summary>The instruction to suggest in <paramref name="language"/>, in quotes: <c>"Responde BAJA para no recibir más mensajes"</c>.</summary>
    public static string Example(Language language, string keyword) =>
        $"\"{string.Format(System.Globalization.CultureInfo.InvariantCulture, OptOutWording.Of(language).Example, keyword)}\"";

    private static Finding Missing(RuleContext context, RuleSeverity severity, OptOutMatch? elsewhere)
    {
        var language = context.Language;
        if (elsewhere is { OtherObject: { } other })
        {
            var carriers = OptOutDetector.StandardKeywords.Contains(elsewhere.Keyword)
                ? $" (carriers still treat a reply of {elsewhere.Keyword} as an opt-out from every message)"
                : string.Empty;
            return new Finding(Rules.OptOut, severity,
                $"content offers {elsewhere.Keyword} for the {other}, not as an opt-out instruction — add one such as {Example(language, SuggestedKeyword(context))}{carriers}")
                .At(elsewhere.Index, elsewhere.Text.Length);
        }

        if (context.OptOutFinder.FindBare(context.Scanned) is { } bare)
        {
            var keyword = context.FromTollFree ? "STOP" : bare.Keyword;
            var wording = OptOutWording.Of(language);
            var offset = context.Scanned.Start(bare.First);
            var length = context.Scanned.Span(bare.First, bare.Last).Length;
            return new Finding(Rules.OptOut, severity,
                $"content mentions {bare.Keyword} but not as an opt-out instruction — write it as {Example(language, keyword)} or \"{keyword} {wording.PurposeExample}\"")
                .At(offset, length);
        }

        var keywords = context.OptOutFinder.KeywordsOf(language);
        var words = OptOutWording.Of(language);
        return new Finding(Rules.OptOut, severity,
            $"content has no opt-out instruction — add one such as {Example(language, SuggestedKeyword(context))} (keywords: {string.Join(", ", keywords)}; after {words.VerbExamples}, or followed by \"{words.PurposeExample}\")");
    }

    // STOP in English and from toll-free numbers; otherwise the team's own keyword when it has one.
    private static string SuggestedKeyword(RuleContext context) =>
        context.Language == Language.English || context.FromTollFree || context.Options.ExtraOptOutKeywords.Count == 0
            ? "STOP"
            : CompatibilityFolding.FoldPlain(context.Options.ExtraOptOutKeywords[0]);

    private static void CheckConfirmation(RuleContext context, FindingList findings)
    {
        if (context.Scanned.IndexOfAny(OptOutWording.Confirmations) < 0)
        {
            findings.Add(new Finding(Rules.OptOut, RuleSeverity.Warning,
                "a reply to STOP should confirm the opt-out — say that no more messages will be sent, e.g. \"You are unsubscribed and will receive no more messages.\""));
        }
    }
}
