using System.Net;

namespace CxoneApprove.IntegrationTests.Sandbox;

/// <summary>A repeated Idempotency-Key replays the first answer for the same body and is refused for another.</summary>
public sealed class IdempotencyTests
{
    private const string AuditBody = """{"timestamp":"2026-11-27T10:00:00.123Z","template_id":"demo-welcome","action":"TEMPLATE_APPROVAL","status":"APPROVED","latency_ms":412,"operator_id":"ops-7","carrier_ready":true}""";

    [Fact]
    public async Task SameKey_DifferentBody_Returns422AndStoresNothingNew()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();

        using var first = await PostAuditAsync(sandbox, token, AuditBody);
        using var repeat = await PostAuditAsync(sandbox, token, AuditBody.Replace("412", "413", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal((422, "idempotency_key_reused"), await SandboxTestClient.ReadStatusAndErrorAsync(repeat));
        Assert.Single(sandbox.Server.State.AuditLogs);
    }

    [Fact]
    public async Task SameKey_SameJsonWrittenDifferently_ReplaysTheFirstAnswer()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();
        var reformatted = """
            { "carrier_ready": true, "operator_id": "ops\u002D7", "latency_ms": 412, "status": "APPROVED",
              "action": "TEMPLATE_APPROVAL", "template_id": "demo-welcome", "timestamp": "2026-11-27T10:00:00.123Z" }
            """;

        using var first = await PostAuditAsync(sandbox, token, AuditBody);
        using var repeat = await PostAuditAsync(sandbox, token, reformatted);

        Assert.Equal(HttpStatusCode.Created, repeat.StatusCode);
        Assert.Equal("true", repeat.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(
            (await SandboxTestClient.ReadJsonAsync(first)).GetProperty("id").GetString(),
            (await SandboxTestClient.ReadJsonAsync(repeat)).GetProperty("id").GetString());
        Assert.Single(sandbox.Server.State.AuditLogs);
    }

    [Fact]
    public async Task DifferentKeys_SameBody_EachCreateARecord()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();

        (await PostAuditAsync(sandbox, token, AuditBody, "key-a")).Dispose();
        (await PostAuditAsync(sandbox, token, AuditBody, "key-b")).Dispose();

        Assert.Equal(2, sandbox.Server.State.AuditLogs.Count);
    }

    private static Task<HttpResponseMessage> PostAuditAsync(SandboxTestClient sandbox, string token, string body, string key = "audit-key-1") =>
        sandbox.SendAsync(HttpMethod.Post, "api/v1/audit/logs", token, body, [KeyValuePair.Create("Idempotency-Key", key)]);
}
