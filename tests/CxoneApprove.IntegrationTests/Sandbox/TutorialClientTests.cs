using System.Text;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Sandbox;

/// <summary>
/// A minimal Go-style client, request for request: an unencoded form body, no If-Match, no Idempotency-Key,
/// a webhook with an empty URL when none is configured, Go's time.Time in the audit record. The sandbox must
/// serve it (the webhook step is allowed to fail: such a client only logs it).
/// </summary>
public sealed class TutorialClientTests
{
    [Fact]
    public async Task TutorialSequence_WithoutTheExtensions_ApprovesRegistersAndAudits()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var http = sandbox.Http;
        var ct = SandboxTestClient.Ct;

        // FetchOAuthToken: fmt.Sprintf("grant_type=client_credentials&client_id=%s&client_secret=%s&scope=%s", ...)
        var raw = $"grant_type=client_credentials&client_id={DemoCredentials.PlainClientId}&client_secret={DemoCredentials.PlainClientSecret}&scope={DemoCredentials.AllScopes}";
        using var tokenResponse = await http.PostAsync("oauth/token", new StringContent(raw, Encoding.UTF8, "application/x-www-form-urlencoded"), ct);
        Assert.Equal(200, (int)tokenResponse.StatusCode);
        var token = System.Text.Json.JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);

        // ValidateTemplate: GET with Accept: application/json.
        using var fetched = await http.GetAsync("api/v1/messaging/templates/demo-welcome", ct);
        Assert.Equal(200, (int)fetched.StatusCode);
        var template = System.Text.Json.Nodes.JsonNode.Parse(await fetched.Content.ReadAsStringAsync(ct))!;

        // ApproveTemplate: PUT the payload with status APPROVED, no If-Match.
        template["status"] = "APPROVED";
        using var put = await http.PutAsync("api/v1/messaging/templates/demo-welcome",
            new StringContent(template.ToJsonString(), Encoding.UTF8, "application/json"), ct);
        Assert.Equal(200, (int)put.StatusCode);

        // TriggerA2PRegistration: no Idempotency-Key.
        using var a2p = await http.PostAsync("api/v1/a2p/registrations", new StringContent(
            """{"template_id":"demo-welcome","campaign_name":"Automated Approval Campaign","message_class":"TRANSACTIONAL","opt_in_language":"Standard TCPA compliant"}""",
            Encoding.UTF8, "application/json"), ct);
        Assert.True((int)a2p.StatusCode is 200 or 201);

        // The webhook step with CXONE_WEBHOOK_URL unset: such a client logs the failure and goes on.
        using var webhook = await http.PostAsync("api/v1/webhooks", new StringContent(
            """{"url":"","events":["template.approved","a2p.registered"],"secret":"00ff"}""", Encoding.UTF8, "application/json"), ct);
        Assert.Equal(400, (int)webhook.StatusCode);

        // PublishAuditLog: Go marshals time.Time as RFC 3339 with nanoseconds.
        using var audit = await http.PostAsync("api/v1/audit/logs", new StringContent(
            """{"timestamp":"2026-11-27T10:00:00.123456789Z","template_id":"demo-welcome","action":"TEMPLATE_APPROVAL","status":"APPROVED","latency_ms":412,"operator_id":"","carrier_ready":true}""",
            Encoding.UTF8, "application/json"), ct);
        Assert.Equal(201, (int)audit.StatusCode);

        Assert.Equal("APPROVED", sandbox.Server.State.FindTemplate("demo-welcome")!.Status);
        Assert.Single(sandbox.Server.State.A2PRegistrations);
        Assert.Single(sandbox.Server.State.AuditLogs);
    }
}
