namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>Issue 13: <c>validate</c> on WhatsApp templates, message kinds and locales, from the command line and from files.</summary>
public sealed class ValidateTemplateTests
{
    // Breaks most of Meta's rules at once: a long header with two variables, a variable in the footer, a body that
    // starts with one, skips {{2}}, puts two side by side and spaces one, too few examples and a bad URL button.
    private const string BrokenWhatsApp = """
        {"id": "wa-broken", "name": "promo", "status": "PENDING",
         "channel": "whatsapp", "kind": "recurring", "locale": "en_US", "category": "MARKETING",
         "header": "Big news for you {{1}} and {{2}} from the whole Acme team, read on now!",
         "content": "{{1}}, your order {{3}}{{4}} ships. Use {{ 5 }} today",
         "footer": "Reply {{1}} to stop",
         "buttons": [{"type": "URL", "text": "Track my order with this very long label", "url": "https://acme.example/{{1}}/x"},
                     {"type": "QUICK_REPLY", "text": "Stop promotions"}],
         "examples": {"body": ["Sam"]},
         "from_address": "12345", "meta": {"created_at": "2026-11-01T10:00:00Z", "updated_at": "2026-11-20T08:30:00Z"}}
        """;

    private const string CompliantWhatsApp = """
        {"id": "wa-order-shipped", "name": "order_shipped", "status": "PENDING",
         "channel": "whatsapp", "kind": "recurring", "locale": "en_US", "category": "UTILITY",
         "header": "Order {{1}}",
         "content": "Hi, your order {{1}} ships on {{2}}. Track it in the app.",
         "footer": "Reply STOP to opt out",
         "buttons": [{"type": "QUICK_REPLY", "text": "Stop promotions"},
                     {"type": "URL", "text": "Track", "url": "https://acme.example/t/{{1}}"},
                     {"type": "PHONE_NUMBER", "text": "Call us", "phone_number": "+15551234567"}],
         "examples": {"header": ["A-1001"], "body": ["A-1001", "Friday"], "buttons": ["A-1001"]},
         "from_address": "12345", "meta": {"created_at": "2026-11-01T10:00:00Z", "updated_at": "2026-11-20T08:30:00Z"}}
        """;

    [Fact]
    public async Task File_BrokenWhatsAppTemplate_ReportsMetasRuleIds_Exit3()
    {
        using var cli = new CliRun();
        var path = Write(cli, "wa-broken.json", BrokenWhatsApp);

        var run = await cli.RunAsync("validate", "--file", path, "--output", "json");

        Assert.Equal(3, run.ExitCode);
        var validation = run.Template().GetProperty("validation");
        var rules = validation.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("rule").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?>
        {
            "wa_header_length", "wa_header_variables", "wa_footer_variables", "wa_variable_format", "wa_variable_sequence",
            "wa_variable_edge", "wa_variable_adjacent", "wa_example_missing", "wa_buttons",
        }, rules);
        Assert.Contains(validation.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "wa_variable_density");
        Assert.DoesNotContain("content_length", rules); // Meta's rules, not SMS parts
        Assert.Equal("wa-broken", run.Template().GetProperty("id").GetString());
        Schemas.AssertValid(run.Stdout);
    }

    [Fact]
    public async Task File_CompliantWhatsAppTemplate_IsValid_AndTheStepSaysWhatWasChecked()
    {
        using var cli = new CliRun();
        var path = Write(cli, "wa.json", CompliantWhatsApp);

        var run = await cli.RunAsync("validate", "--file", path);

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains("validate      ok", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("WhatsApp UTILITY, body of 57 characters (at most 1024)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_UnknownChannel_IsExit2NamingTheFieldAndTheChoices()
    {
        using var cli = new CliRun();
        var path = Write(cli, "rcs.json", """{"id": "x", "channel": "rcs", "content": "Hi. Reply STOP to opt out", "from_address": "12345"}""");

        var run = await cli.RunAsync("validate", "--file", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--file {path}: channel \"rcs\" is not one of sms or whatsapp", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"content": "Hi", "buttons": {"type": "URL"}}""", "\"buttons\" does not hold what the API sends there (line 1)")]
    [InlineData("""{"content": "Hi",""", "it is not valid JSON (line 1, column")]
    [InlineData("[1, 2]", "not a template as the API returns it")]
    public async Task File_NotATemplate_IsExit2WithoutATypeName(string json, string expected)
    {
        using var cli = new CliRun();
        var path = Write(cli, "bad.json", json);

        var run = await cli.RunAsync("validate", "--file", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("CxoneApprove.", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_WithChannelWhatsApp_NeedsNoSender_AndGetsNoSmsRules()
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("validate", "--content", "Your Acme order ships today. Thanks for shopping with us!", "--channel", "whatsapp", "-o", "json");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Empty(run.Template().GetProperty("validation").GetProperty("violations").EnumerateArray()); // no opt_out, no from_address
    }

    [Theory]
    [InlineData("--channel", "rcs", "'whatsapp'")]
    [InlineData("--kind", "reminder", "'optin_confirm'")]
    [InlineData("--locale", "spanish", "--locale \"spanish\" is not a language tag")]
    public async Task UnknownChannelKindOrLocale_IsExit2NamingWhatIsAccepted(string option, string value, string expected)
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("validate", "--content", "Hi. Reply STOP to opt out", "--from", "12345", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KindWithAFetchedTemplate_IsAUsageError_BeforeAnyRequest()
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("validate", "--sandbox", "-t", "demo-welcome", "--kind", "sample");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--kind describes an offline template (--content or --file); a fetched template carries its own", run.Stderr, StringComparison.Ordinal);
        Assert.Null(run.InProcessSandbox);
    }

    [Fact]
    public async Task Kind_ChangesWhichRulesApply()
    {
        using var cli = new CliRun();
        const string Text = "Acme: you are unsubscribed and will get no more messages.";

        var recurring = await cli.RunAsync("validate", "--content", Text, "--from", "12345");
        var stopReply = await cli.RunAsync("validate", "--content", Text, "--from", "12345", "--kind", "stop_resp");
        var optIn = await cli.RunAsync("validate", "--content", "Acme: you're in! Reply STOP to opt out.", "--from", "12345", "--kind", "optin_confirm", "-o", "json");

        Assert.Equal(3, recurring.ExitCode);
        Assert.Contains("✗ opt_out", recurring.Stdout, StringComparison.Ordinal);
        Assert.True(stopReply.ExitCode == 0, stopReply.Stdout); // no opt-out is asked of the reply to STOP
        Assert.Equal(3, optIn.ExitCode);
        var rules = optIn.Template().GetProperty("validation").GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("rule").GetString());
        Assert.Contains("help_missing", rules);
        Assert.Contains("optin_confirm_incomplete", rules);
    }

    [Fact]
    public async Task LocaleOfTheFile_OrTheOption_PicksTheLanguageOfTheAdvice()
    {
        using var cli = new CliRun();
        var path = Write(cli, "es.json", """{"id": "es", "locale": "es-US", "content": "Acme: su cita es el lunes.", "from_address": "12345"}""");

        var fromFile = await cli.RunAsync("validate", "--file", path, "--opt-out-keyword", "BAJA");
        var overridden = await cli.RunAsync("validate", "--file", path, "--locale", "en-US", "--opt-out-keyword", "BAJA");

        Assert.Contains("\"Responde BAJA para no recibir más mensajes\"", fromFile.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"Reply STOP to opt out\"", overridden.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Responde", overridden.Stdout, StringComparison.Ordinal);
    }

    private static string Write(CliRun cli, string name, string json)
    {
        var path = Path.Combine(cli.StateDirectory, name);
        File.WriteAllText(path, json);
        return path;
    }
}
