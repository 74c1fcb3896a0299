namespace CxoneApprove.Compliance;

/// <summary>
/// What the programme's own messages must carry: an opt-in confirmation gives HELP, the frequency and
/// "Msg &amp; data rates may apply" (<c>help_missing</c>, <c>optin_confirm_incomplete</c>); a reply to HELP
/// says how to reach the sender (<c>help_missing</c>).
/// </summary>
internal static class KindRules
{
    private static readonly HashSet<string> HelpKeywords = new(Vocabulary.Words("HELP AYUDA AIDE"), StringComparer.Ordinal);

    /// <summary>Reports what the message's kind requires and it lacks.</summary>
    public static void Check(RuleContext context, FindingList findings)
    {
        switch (context.Template.Kind)
        {
            case MessageKind.OptInConfirm:
                CheckOptInConfirmation(context, findings);
                break;
            case MessageKind.HelpResponse when !findings.IsOff(Rules.HelpMissing) && !HasContact(context):
                findings.Add(new Finding(Rules.HelpMissing, RuleSeverity.Error,
                    "a reply to HELP must say how to reach the sender — add a phone number, an e-mail address or a website"));
                break;
        }
    }

    /// <summary>Whether the content gives a way to reach the sender: a phone number, an e-mail address or a link.</summary>
    public static bool HasContact(RuleContext context) =>
        context.Links.Count > 0 || ContactFinder.Emails(context.Content).Count > 0 || ContactFinder.Phones(context.Content).Count > 0;

    private static void CheckOptInConfirmation(RuleContext context, FindingList findings)
    {
        var text = context.Scanned;
        var language = context.Language;
        if (!findings.IsOff(Rules.HelpMissing) && !OffersHelp(context))
        {
            findings.Add(new Finding(Rules.HelpMissing, RuleSeverity.Error,
                $"an opt-in confirmation must tell how to get help — add {HelpWording.Example(language)} or a customer-care contact"));
        }

        if (findings.IsOff(Rules.OptInConfirmIncomplete))
        {
            return;
        }

        var frequency = !Disclosures.MentionsFrequency(text);
        var rates = !Disclosures.MentionsRates(text);
        if (frequency || rates)
        {
            var missing = string.Join(" and ", new[] { frequency ? "how often messages come" : null, rates ? "that message and data rates may apply" : null }.OfType<string>());
            var example = Disclosures.Example(language, frequency, rates);
            findings.Add(new Finding(Rules.OptInConfirmIncomplete, RuleSeverity.Error,
                $"an opt-in confirmation must also say {missing} — add \"{example}\"")
            {
                Fix = " " + example,
            }.At(context.Content.TrimEnd().Length, 0));
        }
    }

    private static bool OffersHelp(RuleContext context)
    {
        var text = context.Scanned;
        if (HelpWording.Finder.Scan(text).Any())
        {
            return true;
        }

        for (var i = 0; i < text.Words.Count; i++)
        {
            if (HelpKeywords.Contains(text.Key(i)) && text.IsWrittenInCapitals(i))
            {
                return true;
            }
        }

        return HasContact(context);
    }
}
