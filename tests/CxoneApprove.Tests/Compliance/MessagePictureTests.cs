using CxoneApprove.Compliance;

namespace CxoneApprove.Tests.Compliance;

/// <summary>The picture of a message, compared with hand-written expected text.</summary>
public sealed class MessagePictureTests
{
    private static IReadOnlyList<string> Picture(string content, ComplianceOptions? options = null, PictureStyle? style = null, MessageKind kind = MessageKind.Recurring)
    {
        options ??= ComplianceOptions.Default;
        var template = new MessageTemplate { Content = content, FromAddress = "12345", Kind = kind };
        return MessagePicture.Render(template, options, TemplateValidator.Validate(template, options), style);
    }

    [Fact]
    public void Render_ExtensionCharactersAndAPlaceholder_SayWhyItIs58Septets()
    {
        var lines = Picture("€5 off [today] ^_^ {{code}} Reply STOP to opt out");

        Assert.Equal(
            [
                "GSM-7: 58 septets, 1 part",
                "  │ €5 off [today] ^_^ {{code}} Reply STOP to opt out",
                "  │ ²      ²     ² ² ² ²²    ²²",
                "  │                    ^~~~~~~~ placeholder_length",
                "  58 septets: 49 characters, 9 of them (€ [ ] ^×2 {×2 }×2) from the GSM-7 extension table, which cost 2 septets each (marked ²)",
                "  {{code}} is counted as written, 12 septets (its braces are extension characters); the value sent in its place decides the real length",
                "  ! placeholder_length: 58 septets counts the placeholder {{code}} as written (12 septets); longer values, or values with characters outside GSM-7, make the message longer — pass --placeholder-width N to count each as N characters",
            ],
            lines);
    }

    [Fact]
    public void Render_FourCurlyQuotes_AreOneFindingListingTheFourPlaces()
    {
        var lines = Picture("“Big” ‘deal’ today. Reply STOP to opt out");

        Assert.Equal("  │ ^   ^ ^    ^ non_gsm_character ×4", lines[2]);
        var finding = Assert.Single(lines, l => l.StartsWith("  ! non_gsm_character", StringComparison.Ordinal));
        Assert.Equal(
            "  ! non_gsm_character: 4 characters are not in GSM-7 (“ (U+201C) at 1, ” (U+201D) at 5, ‘ (U+2018) at 7, ’ (U+2019) at 12), so the message is sent as UCS-2 — safe fix: \" '",
            finding);
    }

    [Fact]
    public void Render_AccentsAndEmoji_AreGroupedByWhatToDoAboutThem()
    {
        var lines = Picture("Él está aquí 😀😀. Responde STOP para cancelar");

        Assert.Contains("  ! non_gsm_character: 2 characters are not in GSM-7 (á (U+00E1) at 7, í (U+00ED) at 12), so the message is sent as UCS-2 — they spell words: keep them if the words need them, and shorten the message instead", lines);
        Assert.Contains("  ! non_gsm_character: 2 characters are not in GSM-7 (😀 (U+1F600) at 14, 😀 (U+1F600) at 15), so the message is sent as UCS-2 — remove them to stay GSM-7", lines);
    }

    [Fact]
    public void Render_SeveralParts_MarksWhereEachStartsAndWhereTheAllowedOnesEnd()
    {
        var lines = Picture(new string('a', 60) + " " + new string('b', 100) + " Reply STOP", style: new PictureStyle(Width: 80));

        Assert.Equal(
            [
                "GSM-7: 172 septets, 2 parts",
                "  │ " + new string('a', 60) + " " + new string('b', 19),
                "  │ " + new string('b', 73),
                "  ├── part 2 starts at character 154 ──",
                "  │ " + new string('b', 8) + " Reply STOP",
                "  │        ^ content_length",
                "  2 parts: each holds 153 septets once a message needs more than one (160 for a single part); a character is never split, so a part may hold fewer",
                "  ✗ content_length: content needs 2 SMS parts (GSM-7, 172 septets); at most 1 allowed — shorten it by at least 12 septets (1 part holds at most 160)",
            ],
            lines);
    }

    [Fact]
    public void Render_InvisibleAndWideCharacters_ShowAndAlignTheirMarkers()
    {
        var lines = Picture("你好 Sam\u00A0hi\u200B. Reply STOP");

        Assert.Equal("  │ 你好 Sam␣hi‸. Reply STOP", lines[1]);
        Assert.Equal("  │ ^~^~ non_gsm_character ×2", lines[2]);
        Assert.Equal("  │         ^  ^ non_gsm_character ×2", lines[3]);
    }

    [Fact]
    public void Render_InsertionAtTheEnd_IsMarkedAfterTheLastCharacter()
    {
        var lines = Picture("Acme: you're in. Reply HELP for help, STOP to opt out.", kind: MessageKind.OptInConfirm);

        Assert.Contains("  │                                                       ^ optin_confirm_incomplete", lines);
    }

    [Fact]
    public void Render_LongLine_WrapsBetweenWords_AndMarksStayUnderTheirCharacters()
    {
        var lines = Picture("Acme: see you tomorrow at the clinic, we look forward to it. Reply STOP at http://acme.com", style: new PictureStyle(Width: 30));

        Assert.Equal(
            [
                "  │ Acme: see you tomorrow at the ",
                "  │ clinic, we look forward to it.",
                "  │  Reply STOP at http://acme.com",
                "  │                ^~~~ url_insecure",
            ],
            lines.Skip(1).Take(4));
    }

    [Fact]
    public void Render_LineBreaks_StartNewRows()
    {
        var lines = Picture("Hi!\nBig sale\r\nReply STOP");

        Assert.Equal(["  │ Hi!", "  │ Big sale", "  │ Reply STOP"], lines.Skip(1).Take(3));
    }

    [Fact]
    public void Render_Color_PaintsErrorsRedWarningsYellowAndPartsDim()
    {
        var plain = Picture(new string('a', 170) + " ’ Reply STOP");
        var colored = Picture(new string('a', 170) + " ’ Reply STOP", style: new PictureStyle(Color: true));

        Assert.DoesNotContain(plain, l => l.Contains('\u001b', StringComparison.Ordinal));
        Assert.Contains(colored, l => l.StartsWith("  \u001b[31m✗ content_length\u001b[0m: ", StringComparison.Ordinal));
        Assert.Contains(colored, l => l.StartsWith("  \u001b[33m! non_gsm_character\u001b[0m: ", StringComparison.Ordinal));
        Assert.Contains(colored, l => l.StartsWith("\u001b[2m  ├── part 2", StringComparison.Ordinal));
        Assert.Contains(colored, l => l.Contains("\u001b[31m^ content_length\u001b[0m", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_WhatsApp_ShowsItsComponentsAndNoSmsCosts()
    {
        var template = new MessageTemplate
        {
            Channel = MessageChannel.WhatsApp,
            Category = WhatsAppCategory.Utility,
            Header = "Order {{1}}",
            Content = "{{1}}, your order ships.",
            Footer = "Reply STOP to opt out",
            Examples = new TemplateExamples(["A-1"], ["Sam"], []),
        };

        var lines = MessagePicture.Render(template, ComplianceOptions.Default, TemplateValidator.Validate(template, ComplianceOptions.Default));

        Assert.Equal(
            [
                "WhatsApp: body of 24 characters (at most 1024)",
                "  header: \"Order {{1}}\" (11 of 60 characters)",
                "  │ {{1}}, your order ships.",
                "  │ ^~~~~ wa_variable_edge",
                "  footer: \"Reply STOP to opt out\" (21 of 60 characters)",
                "  ✗ wa_variable_edge: body starts with the variable {{1}}; WhatsApp rejects a template that starts with one — put words before it",
            ],
            lines);
    }

    [Fact]
    public void Render_ValidMessage_IsItsSummaryAndContentOnly()
    {
        Assert.Equal(["GSM-7: 46 septets, 1 part", "  │ Your order has shipped. Reply STOP to opt out."], Picture("Your order has shipped. Reply STOP to opt out."));
    }
}
