using System.Net;
using System.Text.Json;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Sandbox;

/// <summary>The optional template fields (channel, kind, locale, WhatsApp parts) and the stale-write rule of the PUT.</summary>
public sealed class WhatsAppTemplateTests
{
    [Fact]
    public async Task Get_SmsTemplate_HasOnlyTheBaseFields()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.GetTemplateAsync(await sandbox.GetTokenAsync(), DemoTemplates.Welcome);
        var names = (await SandboxTestClient.ReadJsonAsync(response)).EnumerateObject().Select(property => property.Name);

        Assert.Equal(["id", "name", "status", "content", "from_address", "meta"], names);
    }

    [Fact]
    public async Task Get_WhatsAppDemo_ServesEveryFieldInTheDocumentedShape()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.GetTemplateAsync(await sandbox.GetTokenAsync(), DemoTemplates.WhatsApp);
        var template = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(
            ["id", "name", "status", "channel", "kind", "locale", "category", "header", "content", "footer", "buttons", "examples", "from_address", "meta"],
            template.EnumerateObject().Select(property => property.Name));
        Assert.Equal(("whatsapp", "UTILITY", "Order {{1}}"), (Text(template, "channel"), Text(template, "category"), Text(template, "header")));
        var buttons = template.GetProperty("buttons").EnumerateArray().ToList();
        Assert.Equal(["QUICK_REPLY", "URL", "PHONE_NUMBER"], buttons.Select(button => Text(button, "type")));
        Assert.Equal("https://acme.example/t/{{1}}", Text(buttons[1], "url"));
        Assert.Equal("+15551234567", Text(buttons[2], "phone_number"));
        Assert.False(buttons[0].TryGetProperty("url", out _));
        Assert.Equal(["A-1001", "Friday"], template.GetProperty("examples").GetProperty("body").EnumerateArray().Select(value => value.GetString()));
    }

    [Theory]
    [InlineData(DemoTemplates.WhatsApp)]
    [InlineData(DemoTemplates.WhatsAppBadVariables)]
    [InlineData(DemoTemplates.Spanish)]
    public async Task Put_NewDemoTemplates_TheServerApproves(string templateId)
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.ApproveAsync(await sandbox.GetTokenAsync(), templateId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_SpanishDemo_IsSpanishWithItsOptOut()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.GetTemplateAsync(await sandbox.GetTokenAsync(), DemoTemplates.Spanish);
        var template = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal("es-US", Text(template, "locale"));
        Assert.EndsWith("Responde STOP para cancelar.", Text(template, "content"), StringComparison.Ordinal);
        Assert.False(template.TryGetProperty("channel", out _));
    }

    [Fact]
    public async Task Put_FieldsSentBack_AreStoredAndServed()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();
        var body = await FetchedAsApproval(sandbox, token, DemoTemplates.Shipping, """ "kind":"otp","locale":"en-US","footer":"Acme" """);

        using var put = await sandbox.SendAsync(HttpMethod.Put, $"api/v1/messaging/templates/{DemoTemplates.Shipping}", token, body);
        using var get = await sandbox.GetTemplateAsync(token, DemoTemplates.Shipping);
        var served = await SandboxTestClient.ReadJsonAsync(get);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(("otp", "en-US", "Acme"), (Text(served, "kind"), Text(served, "locale"), Text(served, "footer")));
    }

    [Theory]
    [InlineData(""" "channel":"fax" """, "channel must be one of")]
    [InlineData(""" "buttons":[{"type":"CALL_ME","text":"x"}] """, "buttons[].type must be one of")]
    public async Task Put_UnknownVocabulary_Returns400NamingTheField(string extra, string expected)
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();

        using var response = await sandbox.SendAsync(
            HttpMethod.Put, $"api/v1/messaging/templates/{DemoTemplates.Welcome}", token, await FetchedAsApproval(sandbox, token, DemoTemplates.Welcome, extra));
        var (status, error, message) = await SandboxTestClient.ReadErrorAsync(response);

        Assert.Equal((400, "invalid_request"), (status, error));
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("header", 61)]
    [InlineData("footer", 61)]
    [InlineData("content", 1025)]
    public async Task Put_WhatsAppPartOverMetasLimit_Returns400ValidationFailed(string field, int length)
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();
        var extra = $""" "{field}":"{new string('a', length)}" """;

        using var response = await sandbox.SendAsync(
            HttpMethod.Put, $"api/v1/messaging/templates/{DemoTemplates.WhatsApp}", token, await FetchedAsApproval(sandbox, token, DemoTemplates.WhatsApp, extra));
        var (status, error, message) = await SandboxTestClient.ReadErrorAsync(response);

        Assert.Equal((400, "validation_failed"), (status, error));
        Assert.StartsWith($"{field} is {length} characters", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_SmsContentOver1024_IsNotHeldToMetasLimit()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();
        var extra = $""" "content":"{new string('a', 1100)} Reply STOP to opt out." """;

        using var response = await sandbox.SendAsync(
            HttpMethod.Put, $"api/v1/messaging/templates/{DemoTemplates.Welcome}", token, await FetchedAsApproval(sandbox, token, DemoTemplates.Welcome, extra));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Put_WithoutIfMatchAfterAConcurrentEdit_Returns409StaleWrite()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();
        var fetched = await FetchedAsApproval(sandbox, token, DemoTemplates.Welcome, null);
        sandbox.Server.SimulateConcurrentEdit(DemoTemplates.Welcome);

        using var response = await sandbox.SendAsync(HttpMethod.Put, $"api/v1/messaging/templates/{DemoTemplates.Welcome}", token, fetched);
        var (status, error, message) = await SandboxTestClient.ReadErrorAsync(response);

        Assert.Equal((409, "conflict"), (status, error));
        Assert.StartsWith("stale write:", message, StringComparison.Ordinal);
        Assert.Equal("PENDING", sandbox.Server.State.FindTemplate(DemoTemplates.Welcome)!.Status);
    }

    [Fact]
    public async Task Put_UpdatedAtWithOtherPrecisionButSameInstant_IsNotStale()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();
        var body = """{"id":"demo-welcome","status":"APPROVED","meta":{"updated_at":"2026-11-20T08:30:00.000000000Z"}}""";

        using var response = await sandbox.SendAsync(HttpMethod.Put, $"api/v1/messaging/templates/{DemoTemplates.Welcome}", token, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The template as fetched, with status APPROVED and <paramref name="extra"/> fields put over it, as PUT JSON.</summary>
    private static async Task<string> FetchedAsApproval(SandboxTestClient sandbox, string token, string templateId, string? extra)
    {
        using var fetched = await sandbox.GetTemplateAsync(token, templateId);
        var fields = (await SandboxTestClient.ReadJsonAsync(fetched)).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        fields["status"] = JsonDocument.Parse("\"APPROVED\"").RootElement.Clone();
        if (extra is not null)
        {
            foreach (var property in JsonDocument.Parse("{" + extra + "}").RootElement.EnumerateObject())
            {
                fields[property.Name] = property.Value.Clone();
            }
        }

        return JsonSerializer.Serialize(fields);
    }

    private static string Text(JsonElement element, string name) => element.GetProperty(name).GetString()!;
}
