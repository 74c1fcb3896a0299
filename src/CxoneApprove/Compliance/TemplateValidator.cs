namespace CxoneApprove.Compliance;

/// <summary>
/// Checks a template against the carriers' rules (SMS) or Meta's (WhatsApp). Pure: text and policy in,
/// report out; every finding at once, never only the first.
/// </summary>
internal static class TemplateValidator
{
    /// <summary>
    /// Validates an SMS template of the default kind. <paramref name="content"/> and
    /// <paramref name="fromAddress"/> may be <see langword="null"/> (read as empty); no string makes it throw.
    /// </summary>
    public static ValidationReport Validate(string? content, string? fromAddress, ComplianceOptions options) =>
        Validate(new MessageTemplate { Content = content, FromAddress = fromAddress }, options);

    /// <summary>Validates <paramref name="template"/> with the rules of its channel and kind; no input makes it throw.</summary>
    public static ValidationReport Validate(MessageTemplate template, ComplianceOptions options)
    {
        template ??= new MessageTemplate();
        options ??= ComplianceOptions.Default;
        var context = new RuleContext(template, options);
        var findings = new FindingList(options);
        if (template.Channel == MessageChannel.WhatsApp)
        {
            CheckWhatsApp(context, findings);
            var length = context.Content.Length;
            return findings.ToReport(new ReportMeasure("UCS-2", length, length == 0 ? 0 : 1), fixedContent: null);
        }

        CheckSms(context, findings);
        var measured = context.Measurement;
        return findings.ToReport(
            new ReportMeasure(measured.EncodingName, measured.Units, measured.Segments),
            SmsLengthRules.SafelyFixed(context, findings));
    }

    private static void CheckSms(RuleContext context, FindingList findings)
    {
        SmsLengthRules.CheckEmpty(context, findings);
        SmsLengthRules.CheckLength(context, findings);
        SenderRule.Check(context, findings);
        OptOutRule.Check(context, findings);
        BrandRule.Check(context, findings);
        KindRules.Check(context, findings);
        LinkRules.Check(context, findings);
        ContactRules.Check(context, findings);
        ContentRules.CheckCategories(context, findings);
        ContentRules.CheckCapitals(context, findings);
        SmsLengthRules.CheckCharacters(context, findings);
    }

    // Meta's rules instead of the carriers': no SMS parts, sender kinds, brand or registration checks.
    private static void CheckWhatsApp(RuleContext context, FindingList findings)
    {
        SmsLengthRules.CheckEmpty(context, findings);
        WhatsAppComponentRules.Check(context, findings);
        WhatsAppBodyRules.CheckPlacement(context, findings);
        WhatsAppBodyRules.CheckExamples(context, findings);
        WhatsAppButtonRules.Check(context, findings);
        WhatsAppCategoryRules.CheckAuthentication(context, findings);
        WhatsAppCategoryRules.CheckOptOut(context, findings);
        LinkRules.Check(context, findings);
        ContentRules.CheckCategories(context, findings);
    }
}
