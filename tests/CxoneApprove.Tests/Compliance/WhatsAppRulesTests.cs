using CxoneApprove.Compliance;

namespace CxoneApprove.Tests.Compliance;

/// <summary>Meta's template rules, each with templates that must fail and near misses that must pass.</summary>
public sealed class WhatsAppRulesTests
{
    // The API's example template: compliant, so every test changes one thing.
    private static readonly MessageTemplate OrderShipped = new()
    {
        Channel = MessageChannel.WhatsApp,
        Category = WhatsAppCategory.Utility,
        Locale = "en_US",
        Header = "Order {{1}}",
        Content = "Hi, your order {{1}} ships on {{2}}. Track it in the app.",
        Footer = "Reply STOP to opt out",
        Buttons =
        [
            new TemplateButton(ButtonType.QuickReply, "Stop promotions"),
            new TemplateButton(ButtonType.Url, "Track") { Url = "https://acme.example/t/{{1}}" },
            new TemplateButton(ButtonType.PhoneNumber, "Call us") { PhoneNumber = "+15551234567" },
        ],
        Examples = new TemplateExamples(["A-1001"], ["A-1001", "Friday"], ["A-1001"]),
        FromAddress = "12345",
    };

    private static ValidationReport Validate(MessageTemplate template) => TemplateValidator.Validate(template, ComplianceOptions.Default);

    private static List<ReportedFinding> Of(MessageTemplate template, string rule)
    {
        var report = Validate(template);
        return [.. report.Violations.Where(v => v.Rule == rule).Cast<ReportedFinding>().Concat(report.Warnings.Where(w => w.Code == rule))];
    }

    private static IEnumerable<string> Ids(ValidationReport report) => report.Violations.Select(v => v.Rule).Concat(report.Warnings.Select(w => w.Code));

    [Fact]
    public void Validate_TheApiExample_PassesWithNothingToSay()
    {
        var report = Validate(OrderShipped);

        Assert.Empty(Ids(report));
        Assert.Equal(("UCS-2", OrderShipped.Content!.Length, 1), (report.Encoding, report.Units, report.Segments));
        Assert.Null(report.FixedContent);
    }

    [Fact]
    public void Validate_WhatsApp_IsNotHeldToSmsRules()
    {
        var report = Validate(OrderShipped with { Content = "Hi, your order {{1}} ships on {{2}}. It’s on its way. FREE SHIPPING TODAY. " + new string('a', 400), FromAddress = "nope" });

        Assert.Empty(Ids(report));
    }

    [Fact]
    public void BodyLength_Over1024_FailsWhereItOverflows()
    {
        var body = "Hi, your order {{1}} ships on {{2}}. " + new string('a', 1024);

        var finding = Assert.Single(Of(OrderShipped with { Content = body }, Rules.WaBodyLength));
        Assert.Equal((1024, body.Length - 1024), (finding.Offset, finding.Length));
        Assert.Empty(Of(OrderShipped with { Content = body[..1024] }, Rules.WaBodyLength));
    }

    [Theory]
    [InlineData(61, true)]
    [InlineData(60, false)]
    public void HeaderAndFooterLength_LimitIs60(int length, bool fails)
    {
        var text = new string('a', length);

        Assert.Equal(fails, Of(OrderShipped with { Header = text, Examples = OrderShipped.Examples with { Header = [] } }, Rules.WaHeaderLength).Count == 1);
        Assert.Equal(fails, Of(OrderShipped with { Footer = text }, Rules.WaFooterLength).Count == 1);
    }

    [Fact]
    public void HeaderVariables_MoreThanOne_Fail()
    {
        Assert.Single(Of(OrderShipped with { Header = "Order {{1}} for {{2}}" }, Rules.WaHeaderVariables));
        Assert.Empty(Of(OrderShipped, Rules.WaHeaderVariables));
    }

    [Fact]
    public void FooterVariables_Any_Fail()
    {
        Assert.Single(Of(OrderShipped with { Footer = "Ref {{1}}" }, Rules.WaFooterVariables));
        Assert.Empty(Of(OrderShipped with { Footer = "Reply STOP, {not a variable}" }, Rules.WaFooterVariables));
    }

    [Theory]
    [InlineData("Hi, your order {1} ships soon, thanks.", "{1}", "{{1}}")]
    [InlineData("Hi, your order {{1} ships soon, thanks.", "{{1}", "{{1}}")]
    [InlineData("Hi, your order {{ 1 }} ships soon, thanks.", "{{ 1 }}", "{{1}}")]
    [InlineData("Hi, your order {{First Name}} ships soon.", "{{First Name}}", null)]
    [InlineData("Hi, your order {{#}} ships soon, thanks.", "{{#}}", null)]
    public void VariableFormat_Malformed_FailsAtTheVariable(string body, string written, string? fix)
    {
        var finding = Assert.Single(Of(OrderShipped with { Content = body, Examples = OrderShipped.Examples with { Body = ["A-1"] } }, Rules.WaVariableFormat));

        Assert.Equal((body.IndexOf(written, StringComparison.Ordinal), written.Length, fix), (finding.Offset, finding.Length, finding.Fix));
    }

    [Fact]
    public void VariableFormat_NamedAndNumberedMixed_Fails()
    {
        Assert.Single(Of(OrderShipped with { Content = "Hi {{first_name}}, your order {{1}} ships today." }, Rules.WaVariableFormat));
        Assert.Empty(Of(OrderShipped with { Content = "Hi {{first_name}}, your order {{order_id}} ships today." }, Rules.WaVariableFormat));
        Assert.Empty(Of(OrderShipped with { Content = "Hi, {braces} are fine in text, order {{1}} ships on {{2}}." }, Rules.WaVariableFormat));
    }

    [Theory]
    [InlineData("Hi, order {{1}} ships on {{3}} as planned.", true)]
    [InlineData("Hi, order {{0}} ships on {{1}} as planned.", true)]
    [InlineData("Hi, order {{2}} ships on {{1}} as planned.", false)]
    [InlineData("Hi, order {{1}} ships on {{2}}; order {{1}} again.", false)]
    public void VariableSequence_GapsOrZero_Fail(string body, bool fails)
    {
        Assert.Equal(fails, Of(OrderShipped with { Content = body }, Rules.WaVariableSequence).Count == 1);
    }

    [Theory]
    [InlineData("{{1}}, your order ships on {{2}} as planned.", 0)]
    [InlineData("Your order ships on {{2}}, dear {{1}}.", 32)]
    [InlineData("  {{1}} your order ships on {{2}} today", 2)]
    public void VariableEdge_AtStartOrEnd_Fails(string body, int offset)
    {
        Assert.Equal(offset, Assert.Single(Of(OrderShipped with { Content = body }, Rules.WaVariableEdge)).Offset);
    }

    [Fact]
    public void VariableEdge_Inside_Passes()
    {
        Assert.Empty(Of(OrderShipped with { Content = "Dear customer, order {{1}} ships on {{2}} as planned." }, Rules.WaVariableEdge));
    }

    [Theory]
    [InlineData("Hi there {{1}} {{2}}, your order ships soon.", true)]
    [InlineData("Hi there {{1}}, {{2}}: your order ships soon.", true)]
    [InlineData("Hi there {{1}} and {{2}}, your order ships soon.", false)]
    public void VariableAdjacent_OnlySpaceOrPunctuationBetween_Fails(string body, bool fails)
    {
        Assert.Equal(fails, Of(OrderShipped with { Content = body }, Rules.WaVariableAdjacent).Count == 1);
    }

    [Fact]
    public void VariableDensity_FewWordsForManyVariables_WarnsOrFails()
    {
        var crowded = OrderShipped with { Content = "Code {{1}} for {{2}} at {{3}} now", Examples = OrderShipped.Examples with { Body = ["1", "2", "3"] } };
        var packed = OrderShipped with { Content = "Hi {{1}}{{2}}{{3}}{{4}} ok", Examples = OrderShipped.Examples with { Body = ["1", "2", "3", "4"] } };

        Assert.Equal(RuleSeverity.Warning, Assert.Single(Of(crowded, Rules.WaVariableDensity)).Severity);
        Assert.Equal(RuleSeverity.Error, Assert.Single(Of(packed, Rules.WaVariableDensity)).Severity);
        Assert.Empty(Of(OrderShipped, Rules.WaVariableDensity));
    }

    [Fact]
    public void ExampleMissing_FewerExamplesThanVariables_FailsPerComponent()
    {
        var template = OrderShipped with { Examples = new TemplateExamples([], ["A-1001"], []) };

        var messages = Of(template, Rules.WaExampleMissing).Cast<Violation>().Select(v => v.Message).ToList();
        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m.StartsWith("body has 2 variables but 1 example value in examples.body", StringComparison.Ordinal) && m.EndsWith("(none for {{2}})", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("header has 1 variable", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("URL button has 1 variable", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("test")]
    [InlineData("{{1}}")]
    [InlineData("two\nlines")]
    public void ExampleMissing_ExampleThatExplainsNothing_IsAWarning(string example)
    {
        var finding = Assert.Single(Of(OrderShipped with { Examples = OrderShipped.Examples with { Body = ["A-1001", example] } }, Rules.WaExampleMissing));

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    public static TheoryData<string, string> ButtonProblems => new()
    {
        { "eleven", "template has 11 buttons" },
        { "three urls", "template has 3 URL buttons" },
        { "two phones", "template has 2 phone-number buttons" },
        { "interleaved", "quick-reply buttons are mixed in between" },
        { "long label", "has a label of 26 characters" },
        { "variable inside url", "inside its link" },
        { "bad phone", "WhatsApp needs + and up to 19 digits" },
        { "otp in utility", "only AUTHENTICATION templates may have" },
        { "coupon in utility", "which UTILITY templates may not have" },
        { "no label", "has no label" },
    };

    [Theory]
    [MemberData(nameof(ButtonProblems))]
    public void Buttons_EachProblem_IsAFinding(string problem, string expected)
    {
        TemplateButton Quick(string text) => new(ButtonType.QuickReply, text);
        TemplateButton Link(string url) => new(ButtonType.Url, "Open") { Url = url };
        List<TemplateButton> buttons = problem switch
        {
            "eleven" => [.. Enumerable.Range(1, 11).Select(i => Quick($"Option {i}"))],
            "three urls" => [Link("https://acme.example/a"), Link("https://acme.example/b"), Link("https://acme.example/c")],
            "two phones" => [new(ButtonType.PhoneNumber, "Call") { PhoneNumber = "+15551234567" }, new(ButtonType.PhoneNumber, "Call 2") { PhoneNumber = "+15551234568" }],
            "interleaved" => [Quick("Yes"), Link("https://acme.example/a"), Quick("No")],
            "long label" => [Quick(new string('a', 26))],
            "variable inside url" => [Link("https://acme.example/{{1}}/track")],
            "bad phone" => [new(ButtonType.PhoneNumber, "Call") { PhoneNumber = "555-1234" }],
            "otp in utility" => [new(ButtonType.Otp, "Copy code")],
            "coupon in utility" => [new(ButtonType.CopyCode, "Copy offer")],
            _ => [Quick(" ")],
        };

        var findings = Of(OrderShipped with { Buttons = buttons, Examples = OrderShipped.Examples with { Buttons = ["x1"] } }, Rules.WaButtons);

        Assert.Contains(findings.Cast<Violation>(), v => v.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Authentication_PresetBodyWithItsOtpButton_Passes()
    {
        var otp = new MessageTemplate
        {
            Channel = MessageChannel.WhatsApp,
            Category = WhatsAppCategory.Authentication,
            Content = "{{1}} is your verification code. For your security, do not share this code.",
            Buttons = [new TemplateButton(ButtonType.Otp, "Copy code")],
            Examples = new TemplateExamples([], ["123456"], []),
        };

        Assert.Empty(Ids(Validate(otp)));
        Assert.Contains("custom wording", ((Violation)Assert.Single(Of(otp with { Content = "Your Acme login: {{1}}, enjoy!" }, Rules.WaAuthContent))).Message, StringComparison.Ordinal);
        Assert.Single(Of(otp with { Content = "{{1}} is your verification code. See https://acme.example" }, Rules.WaAuthContent));
        Assert.Single(Of(otp with { Content = "{{1}} is your verification code 🔐" }, Rules.WaAuthContent));
        Assert.Single(Of(otp with { Examples = new TemplateExamples([], ["1234567890123456"], []) }, Rules.WaAuthContent));
        Assert.Contains(Of(otp with { Buttons = [] }, Rules.WaButtons).Cast<Violation>(), v => v.Message.Contains("its OTP button", StringComparison.Ordinal));
    }

    [Fact]
    public void Authentication_PasscodeInAnotherCategory_Fails()
    {
        var finding = Assert.Single(Of(OrderShipped with { Content = "Hi, your verification code is {{1}} for order {{2}}." }, Rules.WaAuthContent));

        Assert.Equal(9, finding.Offset);
        Assert.Empty(Of(OrderShipped with { Content = "Hi, use discount code {{1}} on order {{2}} today." }, Rules.WaAuthContent));
    }

    [Fact]
    public void OptOut_MarketingWithoutAWayOut_IsAWarning()
    {
        var marketing = OrderShipped with { Category = WhatsAppCategory.Marketing, Footer = null, Buttons = [], Examples = OrderShipped.Examples with { Buttons = [] } };

        var finding = Assert.Single(Of(marketing, Rules.OptOut));
        Assert.Equal((RuleSeverity.Warning, RuleCatalog.WhatsAppOptOut), (finding.Severity, finding.Source));
        Assert.Empty(Of(marketing with { Footer = "Reply STOP to opt out" }, Rules.OptOut));
        Assert.Empty(Of(marketing with { Buttons = [new TemplateButton(ButtonType.QuickReply, "Stop promotions")] }, Rules.OptOut));
        Assert.Empty(Of(marketing with { Category = WhatsAppCategory.Utility }, Rules.OptOut));
    }

    [Fact]
    public void Links_ShortenerInBodyOrButton_FailsAndHttpOnlyWarns()
    {
        Assert.Equal(17, Assert.Single(Of(OrderShipped with { Content = "Hi, order {{1}}: bit.ly/x ships on {{2}} today." }, Rules.UrlShortener)).Offset);
        var button = OrderShipped with { Buttons = [new TemplateButton(ButtonType.Url, "Track") { Url = "https://bit.ly/{{1}}" }] };
        Assert.Null(Assert.Single(Of(button, Rules.UrlShortener)).Offset);
        Assert.Equal(RuleSeverity.Warning, Assert.Single(Of(OrderShipped with { Content = "Hi, order {{1}} ships on {{2}}: http://acme.example/t" }, Rules.UrlInsecure)).Severity);
    }

    [Fact]
    public void EmptyBody_IsEmptyContent()
    {
        var report = Validate(OrderShipped with { Content = "" });

        Assert.Equal("content is empty — write the template's body", Assert.Single(report.Violations, v => v.Rule == Rules.EmptyContent).Message);
        Assert.Equal(0, report.Segments);
    }
}
