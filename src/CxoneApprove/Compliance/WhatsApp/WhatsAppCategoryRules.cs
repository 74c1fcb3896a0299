namespace CxoneApprove.Compliance;

/// <summary>
/// What Meta asks of each category: an AUTHENTICATION body is its preset text with one variable, the code,
/// and no link or emoji, while one-time passcodes never go out in another category (<c>wa_auth_content</c>);
/// a MARKETING template offers a way to opt out (<c>opt_out</c>, a warning).
/// </summary>
internal static class WhatsAppCategoryRules
{
    private const int MaxCode = 15;

    private static readonly string[][] PresetPhrases = Vocabulary.Phrases("VERIFICATION CODE|CODIGO DE VERIFICACION|CODE DE VERIFICATION");

    private static readonly string[][] PasscodePhrases = Vocabulary.Phrases(
        "VERIFICATION CODE|ONE TIME PASSCODE|ONE TIME PASSWORD|ONE TIME CODE|PASSCODE|OTP|LOGIN CODE|CODIGO DE VERIFICACION|CODE DE VERIFICATION");

    private static readonly string[][] OptOutLabels = Vocabulary.Phrases("OPT OUT|UNSUBSCRIBE|DARSE DE BAJA|DARME DE BAJA|DESABONNER|NO MORE");

    /// <summary>Reports AUTHENTICATION bodies that are not the preset, and passcodes sent in another category.</summary>
    public static void CheckAuthentication(RuleContext context, FindingList findings)
    {
        var template = context.Template;
        if (template.Category is null || findings.IsOff(Rules.WaAuthContent))
        {
            return;
        }

        void Report(string message) => findings.Add(new Finding(Rules.WaAuthContent, RuleSeverity.Error, message));
        var text = context.Scanned;
        if (template.Category != WhatsAppCategory.Authentication)
        {
            if (text.IndexOfAny(PasscodePhrases) is >= 0 and var at)
            {
                findings.Add(new Finding(Rules.WaAuthContent, RuleSeverity.Error,
                    $"body reads as a one-time passcode, which Meta only accepts in an AUTHENTICATION template, not {TemplateVocabulary.Categories.Name(template.Category.Value)}")
                    .At(text.Start(at), text.Span(at, at).Length));
            }

            return;
        }

        if (text.IndexOfAny(PresetPhrases) < 0)
        {
            Report("an AUTHENTICATION body is Meta's preset text (\"{{1}} is your verification code.\"); custom wording is rejected");
        }

        var variables = context.Variables.Select(v => v.Identity).Distinct(StringComparer.Ordinal).Count();
        if (variables != 1)
        {
            Report($"an AUTHENTICATION body has exactly one variable, the code, not {variables}");
        }

        if (context.Links.Count > 0)
        {
            Report("an AUTHENTICATION body may not contain a link");
        }

        if (HasEmoji(context.Content))
        {
            Report("an AUTHENTICATION body may not contain emoji");
        }

        if (template.Examples.Body.FirstOrDefault(e => e.Length > MaxCode) is { } code)
        {
            Report($"the code's example {Snippet.Quote(code)} has {code.Length} characters; an AUTHENTICATION code has at most {MaxCode}");
        }
    }

    /// <summary>Recommends an opt-out for MARKETING templates: a footer or body instruction, or a quick-reply button.</summary>
    public static void CheckOptOut(RuleContext context, FindingList findings)
    {
        var template = context.Template;
        if (template.Category != WhatsAppCategory.Marketing || findings.IsOff(Rules.OptOut))
        {
            return;
        }

        var finder = context.OptOutFinder;
        bool Offers(ScannedText? text) => text is not null && OptOutDetector.Scan(text, finder).Any(m => m.OtherObject is null);
        var keywords = OptOutWording.All.SelectMany(l => finder.KeywordsOf(l.Language)).Select(k => LatinLetters.Strip(k).Split(' ')).ToList();
        bool IsOptOutButton(TemplateButton b)
        {
            var label = new ScannedText(b.Text);
            return b.Type == ButtonType.QuickReply && (label.IndexOfAny(keywords) >= 0 || label.IndexOfAny(OptOutLabels) >= 0);
        }

        if (!Offers(context.Scanned) && !Offers(template.Footer is null ? null : new ScannedText(template.Footer)) && !template.Buttons.Any(IsOptOutButton))
        {
            findings.Add(new Finding(Rules.OptOut, RuleSeverity.Warning,
                "a MARKETING template should offer a way to opt out — add a footer such as \"Reply STOP to opt out\" or a quick-reply button such as \"Stop promotions\" (the button unsubscribes no one by itself: act on the reply)")
            {
                Source = RuleCatalog.WhatsAppOptOut,
            });
        }
    }

    private static bool HasEmoji(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i) || text[i] is >= '\u2600' and <= '\u27BF' || text[i] == '\uFE0F')
            {
                return true;
            }
        }

        return false;
    }
}
