namespace CxoneApprove.Compliance;

/// <summary>
/// <c>embedded_phone</c> and <c>embedded_email</c>: contact details in an ordinary message, which a
/// campaign registration has to declare. HELP and STOP replies and opt-in confirmations are expected to
/// carry them, so they are not reported there.
/// </summary>
internal static class ContactRules
{
    /// <summary>Reports each phone number and e-mail address outside a link.</summary>
    public static void Check(RuleContext context, FindingList findings)
    {
        if (context.Template.Kind is MessageKind.HelpResponse or MessageKind.StopResponse or MessageKind.OptInConfirm)
        {
            return;
        }

        var content = context.Content;
        var links = context.Links;

        // Links and contacts both come left to right, so one pass over the links serves every contact.
        var next = 0;
        bool InLink(Contact c)
        {
            while (next < links.Count && links[next].Index + links[next].Length <= c.Index)
            {
                next++;
            }

            return next < links.Count && links[next].Index < c.Index + c.Length;
        }

        if (!findings.IsOff(Rules.EmbeddedPhone))
        {
            foreach (var phone in ContactFinder.Phones(content).Where(p => !InLink(p)))
            {
                findings.Add(new Finding(Rules.EmbeddedPhone, RuleSeverity.Warning,
                    $"content carries the phone number {Snippet.Quote(content.Substring(phone.Index, phone.Length))} — declare embedded phone numbers when registering the campaign, or carriers reject it")
                    .At(phone.Index, phone.Length));
            }
        }

        if (!findings.IsOff(Rules.EmbeddedEmail))
        {
            next = 0;
            foreach (var email in ContactFinder.Emails(content).Where(e => !InLink(e)))
            {
                findings.Add(new Finding(Rules.EmbeddedEmail, RuleSeverity.Warning,
                    $"content carries the e-mail address {Snippet.Quote(content.Substring(email.Index, email.Length))} — list it with the contact details of the campaign registration, which reviewers compare with the messages")
                    .At(email.Index, email.Length));
            }
        }
    }
}
