namespace CxoneApprove.Compliance;

/// <summary>
/// <c>wa_buttons</c>: at most 10 buttons, 2 URL, 1 phone and 1 copy-code button; quick replies together,
/// not between the others; labels of at most 25 characters; a URL button's link of at most 2000
/// characters with at most one variable, at its end; a phone button's E.164 number of at most 20
/// characters; OTP buttons only in AUTHENTICATION templates, which need exactly one and nothing else.
/// </summary>
internal static class WhatsAppButtonRules
{
    private const int MaxButtons = 10;
    private const int MaxUrlButtons = 2;
    private const int MaxLabel = 25;
    private const int MaxUrl = 2000;
    private const int MaxPhone = 20;

    /// <summary>Reports every button problem, one finding each.</summary>
    public static void Check(RuleContext context, FindingList findings)
    {
        var template = context.Template;
        var buttons = template.Buttons;
        void Report(string message) => findings.Add(new Finding(Rules.WaButtons, RuleSeverity.Error, message));

        if (buttons.Count > MaxButtons)
        {
            Report($"template has {buttons.Count} buttons; WhatsApp allows at most {MaxButtons}");
        }

        CountAtMost(buttons, ButtonType.Url, MaxUrlButtons, "URL", Report);
        CountAtMost(buttons, ButtonType.PhoneNumber, 1, "phone-number", Report);
        CountAtMost(buttons, ButtonType.CopyCode, 1, "copy-code", Report);

        var groups = buttons.Select(b => b.Type == ButtonType.QuickReply).Where((quick, i) => i == 0 || quick != (buttons[i - 1].Type == ButtonType.QuickReply)).Count();
        if (groups > 2)
        {
            Report("quick-reply buttons are mixed in between the other buttons; WhatsApp needs them together, before or after the rest");
        }

        for (var i = 0; i < buttons.Count; i++)
        {
            foreach (var problem in Problems(buttons[i], template.Category))
            {
                Report($"button {i + 1} ({Describe(buttons[i])}) {problem}");
            }
        }

        if (template.Category == WhatsAppCategory.Authentication && (buttons.Count(b => b.Type == ButtonType.Otp) != 1 || buttons.Count != 1))
        {
            Report("an AUTHENTICATION template needs exactly one button, its OTP button, and no other");
        }
    }

    private static IEnumerable<string> Problems(TemplateButton button, WhatsAppCategory? category)
    {
        if (button.Type != ButtonType.Otp && string.IsNullOrWhiteSpace(button.Text))
        {
            yield return "has no label";
        }
        else if (button.Text is { Length: > MaxLabel } label)
        {
            yield return $"has a label of {label.Length} characters; WhatsApp allows at most {MaxLabel}";
        }

        switch (button.Type)
        {
            case ButtonType.Url:
                foreach (var problem in UrlProblems(button.Url))
                {
                    yield return problem;
                }

                break;
            case ButtonType.PhoneNumber when string.IsNullOrWhiteSpace(button.PhoneNumber):
                yield return "has no phone_number";
                break;
            case ButtonType.PhoneNumber when !IsE164(button.PhoneNumber!):
                yield return $"has the phone number {Snippet.Quote(button.PhoneNumber)}; WhatsApp needs + and up to {MaxPhone - 1} digits (E.164)";
                break;
            case ButtonType.Otp when category is not WhatsAppCategory.Authentication:
                yield return "is an OTP button, which only AUTHENTICATION templates may have";
                break;
            case ButtonType.CopyCode when category is WhatsAppCategory.Utility or WhatsAppCategory.Authentication:
                yield return $"is a copy-code (coupon) button, which {TemplateVocabulary.Categories.Name(category.Value)} templates may not have";
                break;
        }
    }

    private static IEnumerable<string> UrlProblems(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            yield return "has no url";
            yield break;
        }

        if (url.Length > MaxUrl)
        {
            yield return $"has a link of {url.Length} characters; WhatsApp allows at most {MaxUrl}";
        }

        var variables = VariableScanner.Find(url);
        if (variables.Count > 1)
        {
            yield return $"has {variables.Count} variables in its link; WhatsApp allows one";
        }
        else if (variables.Count == 1 && variables[0].Index + variables[0].Length != url.TrimEnd().Length)
        {
            yield return $"has the variable {variables[0].Text} inside its link; WhatsApp allows one only at the end";
        }
    }

    private static bool IsE164(string phone) =>
        phone.Length is >= 8 and <= MaxPhone && phone[0] == '+' && !phone.AsSpan(1).ContainsAnyExceptInRange('0', '9');

    private static void CountAtMost(IReadOnlyList<TemplateButton> buttons, ButtonType type, int most, string name, Action<string> report)
    {
        var count = buttons.Count(b => b.Type == type);
        if (count > most)
        {
            report($"template has {count} {name} buttons; WhatsApp allows at most {most}");
        }
    }

    private static string Describe(TemplateButton button) =>
        $"{(button.Type == ButtonType.Other ? "button" : TemplateVocabulary.ButtonTypes.Name(button.Type))}{(string.IsNullOrWhiteSpace(button.Text) ? string.Empty : $" {Snippet.Quote(button.Text)}")}";
}
