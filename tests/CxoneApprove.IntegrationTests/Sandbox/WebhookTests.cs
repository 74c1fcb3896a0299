using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Sandbox;

public sealed class WebhookTests
{
    private const string Secret = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    [Theory]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    [InlineData("ftp://127.0.0.1/hook")]
    public async Task Post_UrlNotAbsoluteHttp_Returns400(string url)
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.RegisterWebhookAsync(await sandbox.GetTokenAsync(), url, Secret);

        Assert.Equal((400, "invalid_request"), await SandboxTestClient.ReadStatusAndErrorAsync(response));
        Assert.Empty(sandbox.Server.State.Webhooks);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""["template.deleted"]""")]
    public async Task Post_NoOrUnknownEvents_Returns400(string events)
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.RegisterWebhookAsync(await sandbox.GetTokenAsync(), "https://dashboard.example/hook", Secret, events);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_ValidWebhook_Returns201WithoutSecret()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.RegisterWebhookAsync(await sandbox.GetTokenAsync(), "https://dashboard.example/hook", Secret);
        var body = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.StartsWith("wh-", body.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://dashboard.example/hook", body.GetProperty("url").GetString());
        Assert.Equal(2, body.GetProperty("events").GetArrayLength());
        Assert.False(body.TryGetProperty("secret", out _));
        Assert.Equal(Secret, Assert.Single(sandbox.Server.State.Webhooks).Secret);
    }

    [Fact]
    public async Task Get_AfterTwoRegistrations_ListsBothWithoutSecrets()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();
        (await sandbox.RegisterWebhookAsync(token, "https://a.example/hook", Secret)).Dispose();
        (await sandbox.RegisterWebhookAsync(token, "https://b.example/hook", Secret, """["a2p.registered"]""")).Dispose();

        using var response = await sandbox.SendAsync(HttpMethod.Get, "api/v1/webhooks", token);
        var text = await response.Content.ReadAsStringAsync(SandboxTestClient.Ct);
        var list = JsonDocument.Parse(text).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["https://a.example/hook", "https://b.example/hook"], list.EnumerateArray().Select(hook => hook.GetProperty("url").GetString()));
        Assert.All(list.EnumerateArray(), hook => Assert.Equal(["id", "url", "events"], hook.EnumerateObject().Select(property => property.Name)));
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TokenWithoutWebhooksWrite_Returns403()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync(scope: "messaging:read messaging:write a2p:write");

        using var response = await sandbox.SendAsync(HttpMethod.Get, "api/v1/webhooks", token);

        Assert.Equal((403, "insufficient_scope"), await SandboxTestClient.ReadStatusAndErrorAsync(response));
    }

    [Fact]
    public async Task Approve_WithLoopbackWebhook_DeliversEventSignedWithTheSecret()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();
        (await sandbox.RegisterWebhookAsync(token, receiver.Url, Secret)).Dispose();

        (await sandbox.ApproveAsync(token, DemoTemplates.Welcome)).Dispose();
        var delivery = await receiver.NextAsync();

        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), delivery.Body));
        Assert.Equal(expected, delivery.Signature);
        Assert.Equal("application/json", delivery.ContentType);
        var payload = JsonDocument.Parse(delivery.Body).RootElement;
        Assert.Equal("template.approved", payload.GetProperty("event").GetString());
        Assert.Equal(DemoTemplates.Welcome, payload.GetProperty("template_id").GetString());
        Assert.True(DateTimeOffset.TryParse(payload.GetProperty("occurred_at").GetString(), out _));

        await sandbox.Server.WaitForWebhookDeliveriesAsync(SandboxTestClient.Ct);
        var recorded = Assert.Single(sandbox.Server.State.WebhookDeliveries);
        Assert.Equal((204, null, expected), (recorded.StatusCode, recorded.Error, recorded.Signature));
        Assert.Equal(Encoding.UTF8.GetString(delivery.Body), recorded.Body);
    }

    [Fact]
    public async Task A2PRegistration_DeliversOnlyToWebhooksSubscribedToA2PRegistered()
    {
        await using var approvedOnly = await WebhookReceiver.StartAsync();
        await using var a2pOnly = await WebhookReceiver.StartAsync();
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();
        (await sandbox.RegisterWebhookAsync(token, approvedOnly.Url, Secret, """["template.approved"]""")).Dispose();
        (await sandbox.RegisterWebhookAsync(token, a2pOnly.Url, "other-secret", """["a2p.registered"]""")).Dispose();

        (await sandbox.RegisterA2PAsync(token, DemoTemplates.Approved)).Dispose();
        var delivery = await a2pOnly.NextAsync();
        await sandbox.Server.WaitForWebhookDeliveriesAsync(SandboxTestClient.Ct);

        Assert.Equal("a2p.registered", JsonDocument.Parse(delivery.Body).RootElement.GetProperty("event").GetString());
        Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData("other-secret"u8, delivery.Body)), delivery.Signature);
        Assert.False(approvedOnly.TryTakeReceived(out _));
    }

    [Fact]
    public async Task Approve_WithWebhookOnAnotherHost_RecordsItUndeliveredWithoutCallingOut()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();
        (await sandbox.RegisterWebhookAsync(token, "https://dashboard.example/hook", Secret)).Dispose();

        using var response = await sandbox.ApproveAsync(token, DemoTemplates.Welcome);
        await sandbox.Server.WaitForWebhookDeliveriesAsync(SandboxTestClient.Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var delivery = Assert.Single(sandbox.Server.State.WebhookDeliveries);
        Assert.Null(delivery.StatusCode);
        Assert.Contains("loopback", delivery.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_WithUnreachableLoopbackWebhook_StillAnswers200AndRecordsTheError()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();
        string closedUrl;
        await using (var receiver = await WebhookReceiver.StartAsync())
        {
            closedUrl = receiver.Url;
        }

        (await sandbox.RegisterWebhookAsync(token, closedUrl, Secret)).Dispose();

        using var response = await sandbox.ApproveAsync(token, DemoTemplates.Welcome);
        await sandbox.Server.WaitForWebhookDeliveriesAsync(SandboxTestClient.Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var delivery = Assert.Single(sandbox.Server.State.WebhookDeliveries);
        Assert.Null(delivery.StatusCode);
        Assert.False(string.IsNullOrEmpty(delivery.Error));
    }
}
