using System.Text.Json;
using CxoneApprove.Tests.Http;
using CxoneApprove.Workflow;

namespace CxoneApprove.Tests.Workflow;

/// <summary>The audit record's latency runs from the start of the fetch to the end of A2P registration, no more.</summary>
public sealed class AuditStepTests
{
    [Fact]
    public async Task Latency_CountsFetchApproveAndA2pButNotTheTokenOrTheWebhook()
    {
        using var h = new WorkflowHarness(new ApprovalSettings { OperatorId = "ops-7", WebhookUrl = new Uri("https://hooks.acme.example/x") });
        // A slow server, in fake time: each answer takes this long while the workflow waits for it.
        h.Server.Script("POST", "/oauth/token", Slow(h, 10_000, _ => ClientHarness.Status(200,
            """{"access_token":"tok-slow-abcdef","token_type":"Bearer","expires_in":3600}""")));
        h.Server.Script("GET", "/api/v1/messaging/templates/tpl-1", Slow(h, 1_000, _ => ClientHarness.Template("tpl-1")));
        h.Server.Script("PUT", "/api/v1/messaging/templates/tpl-1", Slow(h, 500, r => ClientHarness.Template("tpl-1", status: "APPROVED", etag: "\"v2\"")));
        h.Server.Script("POST", "/api/v1/a2p/registrations", Slow(h, 2_000, _ => ClientHarness.Status(201)));
        h.Server.Script("GET", "/api/v1/webhooks", Slow(h, 7_000, _ => ClientHarness.Status(200, "[]")));

        var result = await h.ApproveAsync("tpl-1");

        Assert.Equal(Outcome.Approved, result.Outcome);
        var record = JsonDocument.Parse(h.Server.To("POST", "/api/v1/audit/logs").Single().Body).RootElement;
        Assert.Equal(3_500, record.GetProperty("latency_ms").GetInt64());
        Assert.Equal("ops-7", record.GetProperty("operator_id").GetString());
        Assert.True(record.GetProperty("carrier_ready").GetBoolean());
        Assert.Equal(h.Server.To("POST", "/api/v1/audit/logs").Single().Body, result.Audit!.Body);
        Assert.True(result.Audit.Published);
    }

    [Fact]
    public async Task PublishFails_IsAWarningAndTheRecordIsKeptForTheJournal()
    {
        using var h = new WorkflowHarness(new ApprovalSettings { JournalHint = "The record is kept in /state/audit.jsonl." });
        for (var i = 0; i < 5; i++)
        {
            h.Server.Script("POST", "/api/v1/audit/logs", _ => ClientHarness.Status(503));
        }

        var result = await h.ApproveAsync("tpl-1");

        Assert.Equal(Outcome.Approved, result.Outcome);
        var audit = result.Steps.Single(s => s.Name == StepName.Audit);
        Assert.Equal(StepStatus.Warning, audit.Status);
        Assert.Contains("/state/audit.jsonl", audit.Hint, StringComparison.Ordinal);
        Assert.False(result.Audit!.Published);
        Assert.Equal(5, h.Server.To("POST", "/api/v1/audit/logs").Count());
        Assert.All(h.Server.To("POST", "/api/v1/audit/logs"), r => Assert.Equal(result.Audit.IdempotencyKey, r.IdempotencyKey));
    }

    [Fact]
    public async Task KeyReusedWithADifferentBody_MeansTheRecordExists_AndIsNeitherAWarningNorLeftForFlush()
    {
        using var h = new WorkflowHarness();
        h.Server.Script("POST", "/api/v1/audit/logs", _ => ClientHarness.Status(422, """{"error":"idempotency_key_reused","message":"key used with another body"}"""));

        var result = await h.ApproveAsync("tpl-1");

        var audit = result.Steps.Single(s => s.Name == StepName.Audit);
        Assert.Equal(StepStatus.Ok, audit.Status);
        Assert.Contains("already holds", audit.Detail, StringComparison.Ordinal);
        Assert.True(result.Audit!.Published);
    }

    [Fact]
    public async Task JournaledBody_IsResentUnchangedUnderTheApprovalsKey()
    {
        const string Journaled = """{"timestamp":"2026-11-01T00:00:00.000Z","template_id":"tpl-1","action":"TEMPLATE_APPROVAL","status":"APPROVED","latency_ms":42,"operator_id":"ops-1","carrier_ready":true}""";
        string? askedFor = null;
        using var h = new WorkflowHarness(new ApprovalSettings { JournaledAudit = key => (askedFor = key) is null ? null : Journaled });

        var result = await h.ApproveAsync("tpl-1");

        var sent = h.Server.To("POST", "/api/v1/audit/logs").Single();
        Assert.Equal(Journaled, sent.Body);
        Assert.Equal(askedFor, sent.IdempotencyKey);
        Assert.Equal(Journaled, result.Audit!.Body);
    }

    private static Func<HttpRequestMessage, HttpResponseMessage> Slow(WorkflowHarness h, int milliseconds, Func<HttpRequestMessage, HttpResponseMessage> answer) =>
        request =>
        {
            h.Server.Time.Advance(TimeSpan.FromMilliseconds(milliseconds));
            return answer(request);
        };
}
