using System.Net;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Faults;

namespace CxoneApprove.IntegrationTests.Sandbox;

public sealed class A2PRegistrationTests
{
    [Fact]
    public async Task Post_ApprovedTemplate_Returns201Registered()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.RegisterA2PAsync(await sandbox.GetTokenAsync(), DemoTemplates.Approved);
        var body = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.StartsWith("a2p-", body.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(DemoTemplates.Approved, body.GetProperty("template_id").GetString());
        Assert.Equal("REGISTERED", body.GetProperty("status").GetString());
        var stored = Assert.Single(sandbox.Server.State.A2PRegistrations);
        Assert.Equal(("Automated Approval Campaign", "TRANSACTIONAL"), (stored.CampaignName, stored.MessageClass));
    }

    [Fact]
    public async Task Post_UnknownTemplate_Returns404()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.RegisterA2PAsync(await sandbox.GetTokenAsync(), "tpl-missing");

        Assert.Equal((404, "not_found"), await SandboxTestClient.ReadStatusAndErrorAsync(response));
    }

    [Fact]
    public async Task Post_TemplateNotYetApproved_Returns409()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.RegisterA2PAsync(await sandbox.GetTokenAsync(), DemoTemplates.Welcome);

        Assert.Equal((409, "conflict"), await SandboxTestClient.ReadStatusAndErrorAsync(response));
        Assert.Empty(sandbox.Server.State.A2PRegistrations);
    }

    [Fact]
    public async Task Post_SameIdempotencyKeyTwice_CreatesOneRegistrationAndReplaysTheFirstAnswer()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();

        using var first = await sandbox.RegisterA2PAsync(token, DemoTemplates.Approved, idempotencyKey: "run-1-demo-approved");
        using var repeat = await sandbox.RegisterA2PAsync(token, DemoTemplates.Approved, idempotencyKey: "run-1-demo-approved");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, repeat.StatusCode);
        Assert.Equal(
            await first.Content.ReadAsStringAsync(SandboxTestClient.Ct),
            await repeat.Content.ReadAsStringAsync(SandboxTestClient.Ct));
        Assert.True(repeat.Headers.Contains("Idempotent-Replayed"));
        Assert.Single(sandbox.Server.State.A2PRegistrations);
    }

    [Fact]
    public async Task Post_ConcurrentRequestsWithSameIdempotencyKey_CreateOneRegistration()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => sandbox.RegisterA2PAsync(token, DemoTemplates.Approved, "same-key")));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        Assert.Single(sandbox.Server.State.A2PRegistrations);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Post_DifferentKeysOrNoKey_CreateOneRegistrationEach()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();

        (await sandbox.RegisterA2PAsync(token, DemoTemplates.Approved, "key-a")).Dispose();
        (await sandbox.RegisterA2PAsync(token, DemoTemplates.Approved, "key-b")).Dispose();
        (await sandbox.RegisterA2PAsync(token, DemoTemplates.Approved)).Dispose();
        (await sandbox.RegisterA2PAsync(token, DemoTemplates.Approved)).Dispose();

        Assert.Equal(4, sandbox.Server.State.A2PRegistrations.Count);
    }

    [Fact]
    public async Task Post_SameKeyOnWebhooks_CreatesOneWebhook()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();
        var body = """{"url":"https://dashboard.example/hook","events":["template.approved"],"secret":"abc"}""";
        KeyValuePair<string, string>[] key = [KeyValuePair.Create("Idempotency-Key", "webhook-once")];

        (await sandbox.SendAsync(HttpMethod.Post, "api/v1/webhooks", token, body, key)).Dispose();
        (await sandbox.SendAsync(HttpMethod.Post, "api/v1/webhooks", token, body, key)).Dispose();

        Assert.Single(sandbox.Server.State.Webhooks);
    }

    [Fact]
    public async Task Post_FirstAttemptRefusedByInjectedFault_RetryWithSameKeyCreatesTheRegistration()
    {
        var options = new SandboxOptions();
        options.Faults.Add(FaultRule.Parse("POST /api/v1/a2p/registrations status=503"));
        await using var sandbox = await SandboxTestClient.StartAsync(options);
        var token = await sandbox.GetTokenAsync();

        using var first = await sandbox.RegisterA2PAsync(token, DemoTemplates.Approved, "retry-me");
        using var retry = await sandbox.RegisterA2PAsync(token, DemoTemplates.Approved, "retry-me");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Single(sandbox.Server.State.A2PRegistrations);
    }

    [Fact]
    public async Task Post_MissingTemplateId_Returns400()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.SendAsync(HttpMethod.Post, "api/v1/a2p/registrations", await sandbox.GetTokenAsync(), """{"campaign_name":"x"}""");

        Assert.Equal((400, "invalid_request"), await SandboxTestClient.ReadStatusAndErrorAsync(response));
    }

    [Fact]
    public async Task Post_WithoutJsonContentType_Returns415()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/a2p/registrations")
        {
            Content = new StringContent("""{"template_id":"demo-approved"}""", System.Text.Encoding.UTF8, "text/plain"),
        };
        request.Headers.Authorization = new("Bearer", await sandbox.GetTokenAsync());

        using var response = await sandbox.Http.SendAsync(request, SandboxTestClient.Ct);

        Assert.Equal((415, "unsupported_media_type"), await SandboxTestClient.ReadStatusAndErrorAsync(response));
    }
}
