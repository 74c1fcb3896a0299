using System.Net;

namespace CxoneApprove.IntegrationTests.Sandbox;

public sealed class AuditLogTests
{
    [Theory]
    [InlineData("2026-11-27T10:00:00.123456789Z")]
    [InlineData("2026-11-27T10:00:00.123Z")]
    [InlineData("2026-11-27T10:00:00Z")]
    [InlineData("2026-11-27T11:00:00.5+01:00")]
    [InlineData("0001-01-01T00:00:00Z")]
    public async Task Post_TimestampAsGoOrIsoWritesIt_Returns201AndStoresBodyVerbatim(string timestamp)
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var body = $$"""{"timestamp":"{{timestamp}}","template_id":"demo-welcome","action":"TEMPLATE_APPROVAL","status":"APPROVED","latency_ms":412,"operator_id":"ops-7","carrier_ready":true}""";

        using var response = await sandbox.SendAsync(HttpMethod.Post, "api/v1/audit/logs", await sandbox.GetTokenAsync(), body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(body, Assert.Single(sandbox.Server.State.AuditLogs).RawJson);
    }

    [Theory]
    [InlineData("""{"action":"TEMPLATE_APPROVAL"}""")]
    [InlineData("""{"template_id":"demo-welcome"}""")]
    [InlineData("""{"template_id":"demo-welcome","action":"TEMPLATE_APPROVAL","timestamp":"yesterday"}""")]
    [InlineData("""{"template_id":"demo-welcome","action":"TEMPLATE_APPROVAL","latency_ms":"fast"}""")]
    public async Task Post_MissingOrMalformedField_Returns400(string body)
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.SendAsync(HttpMethod.Post, "api/v1/audit/logs", await sandbox.GetTokenAsync(), body);

        Assert.Equal((400, "invalid_request"), await SandboxTestClient.ReadStatusAndErrorAsync(response));
        Assert.Empty(sandbox.Server.State.AuditLogs);
    }

    [Fact]
    public async Task Post_SameIdempotencyKeyTwice_StoresOneEntry()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();
        KeyValuePair<string, string>[] key = [KeyValuePair.Create("Idempotency-Key", "audit-once")];
        var body = """{"template_id":"demo-welcome","action":"TEMPLATE_APPROVAL"}""";

        (await sandbox.SendAsync(HttpMethod.Post, "api/v1/audit/logs", token, body, key)).Dispose();
        (await sandbox.SendAsync(HttpMethod.Post, "api/v1/audit/logs", token, body, key)).Dispose();

        Assert.Single(sandbox.Server.State.AuditLogs);
    }

    [Fact]
    public async Task Post_WithoutToken_Returns401()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.SendAsync(HttpMethod.Post, "api/v1/audit/logs", token: null, """{"template_id":"demo-welcome","action":"TEMPLATE_APPROVAL"}""");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
