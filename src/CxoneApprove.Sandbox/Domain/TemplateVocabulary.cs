namespace CxoneApprove.Sandbox.Domain;

/// <summary>The values the optional template fields may take.</summary>
public static class TemplateVocabulary
{
    /// <summary>The channel of a plain text message; what an absent channel means.</summary>
    public const string Sms = "sms";

    /// <summary>The channel of a template Meta reviews.</summary>
    public const string WhatsApp = "whatsapp";

    /// <summary>Every channel.</summary>
    public static IReadOnlyList<string> Channels { get; } = [Sms, WhatsApp];

    /// <summary>Every message kind; <c>recurring</c> is what an absent kind means.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["recurring", "sample", "first", "optin_confirm", "help_resp", "stop_resp", "otp"];

    /// <summary>Every WhatsApp category.</summary>
    public static IReadOnlyList<string> Categories { get; } = ["MARKETING", "UTILITY", "AUTHENTICATION"];

    /// <summary>Every WhatsApp button type.</summary>
    public static IReadOnlyList<string> ButtonTypes { get; } = ["QUICK_REPLY", "URL", "PHONE_NUMBER", "COPY_CODE", "OTP"];
}
