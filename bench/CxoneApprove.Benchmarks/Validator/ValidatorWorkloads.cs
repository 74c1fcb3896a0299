using System.Text;
using CxoneApprove.Compliance;

namespace CxoneApprove.Benchmarks;

/// <summary>A template to validate, with the options it is validated under.</summary>
/// <param name="Name">How the figures name it.</param>
/// <param name="Template">The template.</param>
/// <param name="Options">The options (a policy's worth of brand, domains and keywords).</param>
internal sealed record ValidatorWorkload(string Name, MessageTemplate Template, ComplianceOptions Options);

/// <summary>
/// The templates the validator benchmark measures: 1 MiB bodies (1,048,576 UTF-16 units) that give every
/// rule work (links, phone numbers, e-mail addresses, placeholders, keywords, category words, capitals,
/// characters outside GSM-7), and one ordinary template for the per-template cost in bulk runs.
/// </summary>
internal static class ValidatorWorkloads
{
    /// <summary>UTF-16 units in a "1 MB" body.</summary>
    public const int Mebibyte = 1 << 20;

    private static readonly ComplianceOptions Acme = new()
    {
        BrandNames = ["Acme"],
        BrandDomains = ["acme.com"],
        ShortLinkDomains = ["acme.link"],
        ExtraOptOutKeywords = ["BAJA"],
        MaxSegments = 10,
        AllowedSenders = SenderKinds.ShortCode | SenderKinds.TollFree,
    };

    /// <summary>Every workload, the 1 MiB ones first.</summary>
    public static IReadOnlyList<ValidatorWorkload> All { get; } =
    [
        new("1 MiB SMS, English, GSM-7", Sms(Repeat(
            "Acme: Hi {{first_name}}, your order {{order_id}} ships today. Track it at https://acme.com/t/123 or acme.link/x9. "
            + "Questions? Call (800) 555-0123 or write to help@acme.com. FREE SHIPPING on wine gifts [today] €5 off. Reply STOP to opt out. ")), Acme),
        new("1 MiB SMS, Spanish, UCS-2", Sms(Repeat(
            "Acme: ¡Hola {{nombre}}! Tu pedido está en camino — síguelo en https://acme.com/p “ahora”… Visita bit.ly/oferta 😀 "
            + "Llama al +1 202 555 0123. Responde BAJA para cancelar. ")), Acme),
        new("1 MiB SMS, no opt-out, no links", Sms(Repeat("Your appointment is confirmed for Monday at 10 am, see you then. ")), Acme),
        new("1 MiB WhatsApp body", new MessageTemplate
        {
            Channel = MessageChannel.WhatsApp,
            Category = WhatsAppCategory.Marketing,
            Content = "Hi " + Repeat("your order {{1}} ships on {{2}}, track it in the app and enjoy {{3}} off. "),
            Header = "Order {{1}}",
            Footer = "Reply STOP to opt out",
            Buttons = [new TemplateButton(ButtonType.Url, "Track") { Url = "https://acme.com/t/{{1}}" }],
            Examples = new TemplateExamples(["A-1001"], ["A-1001", "Friday", "10%"], ["A-1001"]),
        }, Acme),
        new("ordinary 101-character SMS", Sms("Acme: your order {{order_id}} has shipped. Track it at https://acme.com/t/123. Reply STOP to opt out.", 0), Acme),
    ];

    private static MessageTemplate Sms(string content, int kind = 0) => new() { Content = content, FromAddress = "12345", Kind = (MessageKind)kind };

    private static string Repeat(string unit)
    {
        var text = new StringBuilder(Mebibyte + unit.Length);
        while (text.Length < Mebibyte)
        {
            text.Append(unit);
        }

        // Cut at exactly 1 MiB, never inside a surrogate pair.
        var cut = char.IsHighSurrogate(text[Mebibyte - 1]) ? Mebibyte - 1 : Mebibyte;
        return text.ToString(0, cut);
    }
}
