using System.Globalization;
using System.Text.RegularExpressions;

namespace CxoneApprove.Sandbox.Domain;

/// <summary>
/// Templates every fresh sandbox serves, one per outcome worth showing, plus generated <c>bulk-0001</c> … <c>bulk-9999</c>.
/// </summary>
public static partial class DemoTemplates
{
    /// <summary>Compliant GSM-7 template from a short code, PENDING: always approves.</summary>
    public const string Welcome = "demo-welcome";

    /// <summary>A second compliant PENDING template, for runs with several templates.</summary>
    public const string Shipping = "demo-shipping";

    /// <summary>GSM-7, opt-out, short code, but 214 septets: two SMS parts.</summary>
    public const string TooLong = "demo-too-long";

    /// <summary>Compliant content from a formatted phone number, which neither the client's rules nor the server accept.</summary>
    public const string BadSender = "demo-bad-sender";

    /// <summary>No opt-out language.</summary>
    public const string NoOptOut = "demo-no-optout";

    /// <summary>A curly apostrophe forces UCS-2: 93 UTF-16 units, two parts; with a straight apostrophe it fits one GSM-7 part.</summary>
    public const string NonGsm = "demo-non-gsm";

    /// <summary>Already APPROVED: approve is skipped, A2P, webhook and audit still run.</summary>
    public const string Approved = "demo-approved";

    /// <summary>Passes the client's rules, but the server's own check refuses its public URL shortener with 400.</summary>
    public const string ServerRejects = "demo-server-rejects";

    /// <summary>A compliant WhatsApp UTILITY template (header, footer, buttons, examples): approves.</summary>
    public const string WhatsApp = "demo-whatsapp";

    /// <summary>A WhatsApp template whose body starts with a variable and has two adjacent ones: Meta refuses it.</summary>
    public const string WhatsAppBadVariables = "demo-whatsapp-vars";

    /// <summary>A compliant Spanish SMS template from a short code, opting out with "Responde STOP para cancelar".</summary>
    public const string Spanish = "demo-spanish";

    /// <summary>Prefix of the generated bulk ids: <c>bulk-0001</c> … <c>bulk-9999</c>, each a compliant PENDING template created on first access.</summary>
    public const string BulkPrefix = "bulk-";

    private static readonly DateTimeOffset Created = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Updated = new(2026, 11, 20, 8, 30, 0, TimeSpan.Zero);

    internal static IReadOnlyList<TemplateSeed> Seeds { get; } =
    [
        Seed(Welcome, "Welcome alerts", "PENDING", "12345", 1,
            "Welcome to Acme alerts! Msg&data rates may apply. Reply STOP to opt out, HELP for help.",
            "compliant GSM-7 from a short code, PENDING: approves (exit 0)"),
        Seed(Shipping, "Order shipped", "PENDING", "246810", 2,
            "Acme: your order has shipped and arrives in 2-3 days. Track it in the Acme app. Reply STOP to opt out.",
            "second compliant template (six-digit short code): approves (exit 0)"),
        Seed(TooLong, "Monthly statement", "PENDING", "12345", 1,
            "Acme account notice: your monthly statement is ready in the Acme app under Billing. Please review recent payments, upcoming due dates and any changes to your plan before the end of the month. Reply STOP to opt out.",
            "214 GSM-7 septets, two SMS parts: content_length violation (exit 3) unless --max-segments 2"),
        Seed(BadSender, "Callback request", "PENDING", "+1 (555) 010-9999", 1,
            "Acme: we tried to reach you about your account. Reply STOP to opt out.",
            "from_address is a formatted phone number: from_address violation (exit 3); the server refuses it too (400)"),
        Seed(NoOptOut, "Appointment confirmed", "PENDING", "12345", 1,
            "Acme: your appointment is confirmed for tomorrow at 10:00. We look forward to seeing you!",
            "no opt-out language: opt_out violation (exit 3)"),
        Seed(NonGsm, "Refund on its way", "PENDING", "12345", 1,
            "Acme: we\u2019ve received your return and your refund is on its way to you. Reply STOP to opt out.",
            "a curly apostrophe forces UCS-2: 93 units, two parts (exit 3); with ' it is one GSM-7 part"),
        Seed(Approved, "Password changed", "APPROVED", "12345", 3,
            "Acme: your password was changed. If this wasn't you, call us. Reply STOP to opt out.",
            "already APPROVED: approve is skipped, A2P, webhook and audit still run (exit 0, already_approved)"),
        Seed(ServerRejects, "Parcel tracking", "PENDING", "12345", 1,
            "Acme: your parcel is on its way, track it at https://bit.ly/acme-track Reply STOP to opt out.",
            "passes the client's rules, but the server refuses its public URL shortener: 400 on approve (exit 3)"),
        new(WhatsAppTemplate(WhatsApp, "order_shipped", "Hi, your Acme order {{1}} ships on {{2}}. Track it in the app.") with
            {
                Header = "Order {{1}}",
                Footer = "Reply STOP to opt out",
                Buttons =
                [
                    new("QUICK_REPLY", "Stop promotions"),
                    new("URL", "Track", Url: "https://acme.example/t/{{1}}"),
                    new("PHONE_NUMBER", "Call us", PhoneNumber: "+15551234567"),
                ],
                Examples = new TemplateExamples(["A-1001"], ["A-1001", "Friday"], ["A-1001"]),
            },
            "compliant WhatsApp UTILITY template (header, footer, buttons): approves (exit 0)"),
        new(WhatsAppTemplate(WhatsAppBadVariables, "order_update", "{{1}}, your Acme order {{2}}{{3}} has shipped.") with
            {
                Examples = new TemplateExamples(null, ["Sam", "A-", "1001"], null),
            },
            "WhatsApp body starts with {{1}} and has adjacent {{2}}{{3}}: Meta's variable rules refuse it (exit 3)"),
        new(Template(Spanish, "Pedido enviado", "PENDING", "12345", 1,
                "Acme: tu pedido va en camino y llega pronto. Responde STOP para cancelar.") with { Locale = "es-US" },
            "compliant Spanish SMS from a short code (opt-out \"Responde STOP para cancelar\"): approves (exit 0)"),
    ];

    /// <summary>The demo templates in a stable order, each with a one-line description of what it shows.</summary>
    public static IReadOnlyList<DemoTemplate> All { get; } =
        [.. Seeds.Select(seed => new DemoTemplate(seed.Template.Id, seed.Description))];

    /// <summary>Whether <paramref name="templateId"/> names a generated bulk template (<c>bulk-0001</c> … <c>bulk-9999</c>).</summary>
    public static bool IsBulkId(string templateId) =>
        BulkIdPattern().IsMatch(templateId) && templateId != BulkPrefix + "0000";

    internal static SandboxTemplate CreateBulk(string templateId)
    {
        var number = templateId[BulkPrefix.Length..];
        return Template(
            templateId,
            string.Create(CultureInfo.InvariantCulture, $"Bulk reminder {number}"),
            "PENDING",
            "12345",
            1,
            string.Create(CultureInfo.InvariantCulture, $"Acme bulk notice {number}: your reminder is scheduled. Reply STOP to opt out."));
    }

    private static TemplateSeed Seed(string id, string name, string status, string fromAddress, int version, string content, string description) =>
        new(Template(id, name, status, fromAddress, version, content), description);

    private static SandboxTemplate Template(string id, string name, string status, string fromAddress, int version, string content) =>
        new(id, name, status, content, fromAddress, version, Created, Updated);

    private static SandboxTemplate WhatsAppTemplate(string id, string name, string content) =>
        Template(id, name, "PENDING", "12345", 1, content) with
        {
            Channel = TemplateVocabulary.WhatsApp,
            Kind = "recurring",
            Locale = "en_US",
            Category = "UTILITY",
        };

    [GeneratedRegex("^bulk-[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex BulkIdPattern();
}
