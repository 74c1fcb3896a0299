using CsCheck;
using CxoneApprove.Compliance;

namespace CxoneApprove.Tests.Compliance;

/// <summary>Properties of the validator and the picture on random templates of both channels.</summary>
public sealed class PicturePropertyTests
{
    private const long Iterations = 1_000;

    private static readonly string[] Pieces =
    [
        "a", "Z", " ", "\n", "\r\n", "€", "]", "{{1}}", "{{name}}", "{", "}}", "’", "–", "\u00A0", "\u200B", "\t",
        "😀", "👨‍👩‍👧", "你", "é", "\u0301", "\uD83D", "STOP", "Reply ", "bit.ly/x", "http://a.com", "800-555-0123", "a@b.com",
        "HELP", "FREE", "SHIPPING", "wine", "loan", "%", "#", ".", ",",
    ];

    private static readonly Gen<string> Text = Gen.OneOf(Pieces).Array[0, 120].Select(string.Concat);

    private static readonly Gen<MessageTemplate> Templates =
        Gen.Select(Text, Text, Text, Gen.Int[0, 6], Gen.Bool, Gen.Int[0, 3]).Select((content, header, footer, kind, whatsApp, category) => new MessageTemplate
        {
            Content = content,
            Header = header,
            Footer = footer,
            FromAddress = "+18005550123",
            Kind = (MessageKind)kind,
            Channel = whatsApp ? MessageChannel.WhatsApp : MessageChannel.Sms,
            Category = category == 3 ? null : (WhatsAppCategory)category,
            Buttons = [new TemplateButton(ButtonType.Url, header) { Url = "https://a.com/" + footer }, new TemplateButton(ButtonType.QuickReply, footer)],
            Examples = new TemplateExamples([header], [footer, content], []),
        });

    [Fact]
    public void ValidateAndRender_AnyTemplate_NeverThrowAndStayOnePrintableLineEach()
    {
        var options = new ComplianceOptions
        {
            AllowedSenders = SenderKinds.TollFree,
            BrandNames = ["Acme"],
            BrandDomains = ["acme.com"],
            ExtraOptOutKeywords = ["BAJA"],
        };
        Templates.Sample(
            template =>
            {
                var report = TemplateValidator.Validate(template, options);
                Assert.Equal(report.Violations.Count == 0, report.Valid);
                Assert.All(report.Violations.Cast<ReportedFinding>().Concat(report.Warnings), f =>
                {
                    Assert.True(f.Offset is null || (f.Offset >= 0 && f.Offset + f.Length <= template.Content!.Length), "a finding's place is inside the content");
                    Assert.StartsWith("https://", f.Source, StringComparison.Ordinal);
                });
                Assert.All(report.Warnings, w => Assert.DoesNotContain('\n', w.Message));
                Assert.All(report.Violations, v => Assert.DoesNotContain('\n', v.Message));

                var lines = MessagePicture.Render(template, options, report, new PictureStyle(Color: true, Width: 30));
                Assert.All(lines, line => Assert.DoesNotContain('\n', line));
            },
            iter: Iterations);
    }
}
