using System.Text.Json;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>Issue 13: the approve flow with the sandbox's WhatsApp and Spanish demo templates, and the template's optional fields on the wire.</summary>
public sealed class WhatsAppApprovalTests
{
    [Fact]
    public async Task DemoWhatsApp_Approves_AndThePutSendsItsWhatsAppFieldsBack()
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("--sandbox", "-t", DemoTemplates.WhatsApp, "-o", "json");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Equal("approved", run.Template().GetProperty("outcome").GetString());
        Assert.Equal("WhatsApp UTILITY, body of 62 characters (at most 1024)", run.Step("validate").GetProperty("detail").GetString());
        var put = JsonDocument.Parse(run.InProcessSandbox!.Requests.Single(r => r.Method == "PUT").Body).RootElement;
        Assert.Equal("APPROVED", put.GetProperty("status").GetString());
        Assert.Equal("whatsapp", put.GetProperty("channel").GetString());
        Assert.Equal("UTILITY", put.GetProperty("category").GetString());
        Assert.Equal("Order {{1}}", put.GetProperty("header").GetString());
        Assert.Equal("+15551234567", put.GetProperty("buttons")[2].GetProperty("phone_number").GetString());
        Assert.Equal("Friday", put.GetProperty("examples").GetProperty("body")[1].GetString());
        Schemas.AssertValid(run.Stdout);
    }

    [Fact]
    public async Task DemoWhatsAppVars_IsRefusedByOurValidator_Exit3_WithNothingWritten()
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("--sandbox", "-t", DemoTemplates.WhatsAppBadVariables, "-o", "json");

        Assert.Equal(3, run.ExitCode);
        var rules = run.Template().GetProperty("validation").GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("rule").GetString()).ToList();
        Assert.Contains("wa_variable_edge", rules);
        Assert.Contains("wa_variable_adjacent", rules);
        Assert.DoesNotContain(run.InProcessSandbox!.Requests, r => r.Method is "PUT" or "POST" && r.Path.StartsWith("/api/", StringComparison.Ordinal));
        Schemas.AssertValid(run.Stdout);
    }

    [Fact]
    public async Task DemoWhatsAppVars_TextOutput_ShowsThePictureWithTheVariablesMarked()
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("--sandbox", "-t", DemoTemplates.WhatsAppBadVariables);

        var lines = run.Stdout.Split('\n');
        Assert.Contains("      │ {{1}}, your Acme order {{2}}{{3}} has shipped.", lines);
        Assert.Contains("      │ ^~~~~ wa_variable_edge", lines);
        Assert.Contains("      │                        ^~~~~~~~~~ wa_variable_adjacent", lines);
    }

    [Fact]
    public async Task DemoSpanish_Approves()
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Spanish);

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
    }

    [Fact]
    public async Task SmsTemplate_PutCarriesNoneOfTheOptionalFields()
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome);

        Assert.Equal(0, run.ExitCode);
        var put = JsonDocument.Parse(run.InProcessSandbox!.Requests.Single(r => r.Method == "PUT").Body).RootElement;
        Assert.Equal(["id", "name", "status", "content", "from_address", "meta"], put.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task FetchedTemplate_OfAChannelThisToolDoesNotKnow_IsNeitherCheckedNorApproved_Exit8()
    {
        using var cli = new CliRun();
        const string Body = """{"id": "demo-welcome", "name": "x", "status": "PENDING", "channel": "rcs", "content": "Hi. Reply STOP to opt out", "from_address": "12345", "meta": {"created_at": "2026-11-01T10:00:00Z", "updated_at": "2026-11-20T08:30:00Z"}}""";

        var run = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "-o", "json",
            "--sandbox-fault", $"GET /api/v1/messaging/templates/* status=200 content-type=application/json body={Body}");

        Assert.Equal(8, run.ExitCode);
        var validate = run.Step("validate");
        Assert.Equal("failed", validate.GetProperty("status").GetString());
        Assert.Equal("the template cannot be checked: its channel \"rcs\" is not one of sms or whatsapp", validate.GetProperty("error").GetString());
        Assert.DoesNotContain(run.InProcessSandbox!.Requests, r => r.Method == "PUT");
        Schemas.AssertValid(run.Stdout);
    }
}
