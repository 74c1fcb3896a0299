namespace CxoneApprove.Compliance;

/// <summary>Where a template is sent.</summary>
internal enum MessageChannel
{
    /// <summary>SMS: GSM-7/UCS-2 parts and the US carriers' rules.</summary>
    Sms,

    /// <summary>WhatsApp: Meta's template rules.</summary>
    WhatsApp,
}

/// <summary>The part a message plays in a programme; many rules apply to one kind only.</summary>
internal enum MessageKind
{
    /// <summary>An ordinary message to a subscriber.</summary>
    Recurring,

    /// <summary>A sample message submitted with a campaign registration.</summary>
    Sample,

    /// <summary>The first message a contact receives.</summary>
    First,

    /// <summary>The confirmation sent when a contact opts in.</summary>
    OptInConfirm,

    /// <summary>The reply to HELP.</summary>
    HelpResponse,

    /// <summary>The reply to STOP.</summary>
    StopResponse,

    /// <summary>A one-time password.</summary>
    OneTimePassword,
}

/// <summary>Meta's template categories.</summary>
internal enum WhatsAppCategory
{
    /// <summary>Promotions and offers.</summary>
    Marketing,

    /// <summary>About a transaction, account or subscription the contact has.</summary>
    Utility,

    /// <summary>One-time passcodes, in Meta's preset wording.</summary>
    Authentication,
}

/// <summary>What a WhatsApp button does.</summary>
internal enum ButtonType
{
    /// <summary>Sends its label back as a reply.</summary>
    QuickReply,

    /// <summary>Opens a link.</summary>
    Url,

    /// <summary>Calls a number.</summary>
    PhoneNumber,

    /// <summary>Copies a code (a coupon).</summary>
    CopyCode,

    /// <summary>Copies or fills in a one-time passcode (authentication templates).</summary>
    Otp,

    /// <summary>A type this tool does not know (Meta has more, such as flows); counted, not checked.</summary>
    Other,
}

/// <summary>How each vocabulary is written in templates, policies and options.</summary>
internal static class TemplateVocabulary
{
    /// <summary><c>sms</c>, <c>whatsapp</c>.</summary>
    public static NameTable<MessageChannel> Channels { get; } = new(("sms", MessageChannel.Sms), ("whatsapp", MessageChannel.WhatsApp));

    /// <summary><c>recurring</c>, <c>sample</c>, <c>first</c>, <c>optin_confirm</c>, <c>help_resp</c>, <c>stop_resp</c>, <c>otp</c>.</summary>
    public static NameTable<MessageKind> Kinds { get; } = new(
        ("recurring", MessageKind.Recurring),
        ("sample", MessageKind.Sample),
        ("first", MessageKind.First),
        ("optin_confirm", MessageKind.OptInConfirm),
        ("help_resp", MessageKind.HelpResponse),
        ("stop_resp", MessageKind.StopResponse),
        ("otp", MessageKind.OneTimePassword));

    /// <summary><c>MARKETING</c>, <c>UTILITY</c>, <c>AUTHENTICATION</c>.</summary>
    public static NameTable<WhatsAppCategory> Categories { get; } = new(
        ("MARKETING", WhatsAppCategory.Marketing),
        ("UTILITY", WhatsAppCategory.Utility),
        ("AUTHENTICATION", WhatsAppCategory.Authentication));

    /// <summary><c>QUICK_REPLY</c>, <c>URL</c>, <c>PHONE_NUMBER</c>, <c>COPY_CODE</c>, <c>OTP</c>.</summary>
    public static NameTable<ButtonType> ButtonTypes { get; } = new(
        ("QUICK_REPLY", ButtonType.QuickReply),
        ("URL", ButtonType.Url),
        ("PHONE_NUMBER", ButtonType.PhoneNumber),
        ("COPY_CODE", ButtonType.CopyCode),
        ("OTP", ButtonType.Otp));

    /// <summary><c>short-code</c>, <c>long-code</c>, <c>toll-free</c>, and the spellings people also type.</summary>
    public static NameTable<SenderKinds> SenderKindNames { get; } = new(
        ("short-code", SenderKinds.ShortCode),
        ("long-code", SenderKinds.LongCode),
        ("toll-free", SenderKinds.TollFree),
        ("shortcode", SenderKinds.ShortCode),
        ("longcode", SenderKinds.LongCode),
        ("10dlc", SenderKinds.LongCode),
        ("e164", SenderKinds.LongCode),
        ("tollfree", SenderKinds.TollFree));

    /// <summary><c>error</c>, <c>warning</c>, <c>off</c>.</summary>
    public static NameTable<RuleSeverity> Severities { get; } = new(
        ("error", RuleSeverity.Error), ("warning", RuleSeverity.Warning), ("off", RuleSeverity.Off));
}
