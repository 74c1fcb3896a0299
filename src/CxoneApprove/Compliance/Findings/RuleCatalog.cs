namespace CxoneApprove.Compliance;

/// <summary>A rule the validator knows: its id, its usual severity and the authority it rests on.</summary>
/// <param name="Id">The id in the JSON document (<c>rule</c> of a violation, <c>code</c> of a warning).</param>
/// <param name="DefaultSeverity">Its severity when neither the message kind nor a policy says otherwise.</param>
/// <param name="Source">The rule's authority: a page a person can read.</param>
internal sealed record RuleInfo(string Id, RuleSeverity DefaultSeverity, string Source);

/// <summary>Every rule id the validator can report, with its usual severity and source.</summary>
internal static class RuleCatalog
{
    private const string SegmentLimits = "https://www.twilio.com/docs/glossary/what-sms-character-limit";
    private const string Gsm7Encoding = "https://www.twilio.com/docs/glossary/what-is-gsm-7-character-encoding";
    private const string UrlIssues = "https://www.twilio.com/docs/api/errors/30857";
    private const string OptInConfirmation = "https://www.twilio.com/docs/api/errors/30540";
    private const string ForbiddenCategories = "https://support.twilio.com/hc/en-us/articles/360045004974";
    private const string MetaComponents = "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components";
    private const string MetaRejections = "https://developers.facebook.com/docs/whatsapp/message-templates/guidelines/#common-rejection-reasons";

    /// <summary>Where toll-free senders' STOP-only keyword handling is documented.</summary>
    public const string TollFreeKeywords = "https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords-required.html";

    /// <summary>Where WhatsApp's opt-out expectations for marketing templates are documented.</summary>
    public const string WhatsAppOptOut = "https://developers.sinch.com/docs/conversation/channel-support/whatsapp/template-support";

    /// <summary>Every rule, SMS first, then WhatsApp.</summary>
    public static IReadOnlyList<RuleInfo> All { get; } =
    [
        new(Rules.EmptyContent, RuleSeverity.Error, "https://www.twilio.com/docs/api/errors/21728"),
        new(Rules.ContentLength, RuleSeverity.Error, SegmentLimits),
        new(Rules.FromAddress, RuleSeverity.Error, "https://www.twilio.com/docs/glossary/what-e164"),
        new(Rules.OptOut, RuleSeverity.Error, "https://usshortcodedirectory.com/ctia-short-code-monitoring-handbook/"),
        new(Rules.BrandMissing, RuleSeverity.Error, "https://www.twilio.com/docs/api/errors/30893"),
        new(Rules.HelpMissing, RuleSeverity.Error, OptInConfirmation),
        new(Rules.OptInConfirmIncomplete, RuleSeverity.Error, OptInConfirmation),
        new(Rules.UrlShortener, RuleSeverity.Error, UrlIssues),
        new(Rules.UrlInsecure, RuleSeverity.Error, "https://www.twilio.com/docs/api/errors/30858"),
        new(Rules.UrlDomain, RuleSeverity.Warning, UrlIssues),
        new(Rules.EmbeddedPhone, RuleSeverity.Warning, "https://www.twilio.com/docs/api/errors/30889"),
        new(Rules.EmbeddedEmail, RuleSeverity.Warning, "https://signalmash.com/2023/12/28/ctia-messaging-principles-best-practices-handbook"),
        new(Rules.ShaftContent, RuleSeverity.Warning, ForbiddenCategories),
        new(Rules.HighRiskContent, RuleSeverity.Warning, ForbiddenCategories),
        new(Rules.AllCaps, RuleSeverity.Warning, "https://support.twilio.com/hc/en-us/articles/1260803966670"),
        new(WarningCodes.NonGsmCharacter, RuleSeverity.Warning, Gsm7Encoding),
        new(WarningCodes.PlaceholderLength, RuleSeverity.Warning, SegmentLimits),
        new(Rules.WaBodyLength, RuleSeverity.Error, MetaComponents),
        new(Rules.WaHeaderLength, RuleSeverity.Error, MetaComponents),
        new(Rules.WaFooterLength, RuleSeverity.Error, MetaComponents),
        new(Rules.WaHeaderVariables, RuleSeverity.Error, MetaComponents),
        new(Rules.WaFooterVariables, RuleSeverity.Error, MetaComponents),
        new(Rules.WaVariableFormat, RuleSeverity.Error, MetaRejections),
        new(Rules.WaVariableSequence, RuleSeverity.Error, MetaRejections),
        new(Rules.WaVariableEdge, RuleSeverity.Error, "https://www.twilio.com/docs/whatsapp/tutorial/message-template-approvals-statuses"),
        new(Rules.WaVariableAdjacent, RuleSeverity.Error, MetaRejections),
        new(Rules.WaVariableDensity, RuleSeverity.Error, MetaRejections),
        new(Rules.WaExampleMissing, RuleSeverity.Error, MetaComponents),
        new(Rules.WaButtons, RuleSeverity.Error, MetaComponents),
        new(Rules.WaAuthContent, RuleSeverity.Error,
            "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/copy-code-button-authentication-templates/"),
    ];

    private static readonly Dictionary<string, RuleInfo> ById = All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>The rule with id <paramref name="id"/>, or <see langword="null"/> when there is none.</summary>
    public static RuleInfo? Find(string? id) => id is not null && ById.TryGetValue(id, out var rule) ? rule : null;

    /// <summary>The source of rule <paramref name="id"/>, or <see langword="null"/> for an id the catalog does not know.</summary>
    public static string? SourceOf(string? id) => Find(id)?.Source;
}
