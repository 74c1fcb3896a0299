using System.Net;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Faults;
using CxoneApprove.Sandbox.Http;

namespace CxoneApprove.IntegrationTests.Sandbox;

public sealed class RequestRecordingTests
{
    [Fact]
    public async Task Requests_AfterAnApproval_RecordsEachInOrderWithStatusHeadersAndBody()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();

        (await sandbox.ApproveAsync(token, DemoTemplates.Welcome, ifMatch: "\"1\"")).Dispose();
        var requests = sandbox.Server.Requests;

        Assert.Equal(
            [("POST", "/oauth/token", 200), ("GET", "/api/v1/messaging/templates/demo-welcome", 200), ("PUT", "/api/v1/messaging/templates/demo-welcome", 200)],
            requests.Select(request => (request.Method, request.Path, request.StatusCode)));
        var put = requests[2];
        Assert.Equal($"Bearer {token}", put.Headers["authorization"]);
        Assert.Equal("\"1\"", put.Headers["If-Match"]);
        Assert.Contains("\"status\":\"APPROVED\"", put.Body, StringComparison.Ordinal);
        Assert.Contains("client_secret=s%26ndbox%3Dsecret%2B%25%2Fdemo", requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestHistoryLimit_KeepsTheLatestRequests_WhileTheStatsCountThemAll()
    {
        await using var sandbox = await SandboxTestClient.StartAsync(new SandboxOptions { RequestHistoryLimit = 2 });
        var token = await sandbox.GetTokenAsync();

        (await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome)).Dispose();
        (await sandbox.GetTemplateAsync(token, DemoTemplates.Shipping)).Dispose();
        using var statsAnswer = await sandbox.SendAsync(HttpMethod.Get, "_sandbox/stats", token: null);
        var stats = await SandboxTestClient.ReadJsonAsync(statsAnswer);

        Assert.Equal(
            ["/api/v1/messaging/templates/demo-welcome", "/api/v1/messaging/templates/demo-shipping"],
            sandbox.Server.Requests.Select(request => request.Path));
        Assert.Equal(3, stats.GetProperty("requests").GetInt64());  // the token request too
    }

    [Fact]
    public async Task Requests_PercentEncodedIdAndQuery_RecordsThePathAsSentOnTheWire()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        (await sandbox.SendAsync(HttpMethod.Get, "api/v1/messaging/templates/tpl%20one?verbose=1", await sandbox.GetTokenAsync())).Dispose();
        var get = sandbox.Server.Requests[^1];

        Assert.Equal(("/api/v1/messaging/templates/tpl%20one", "verbose=1", 404), (get.Path, get.Query, get.StatusCode));
    }

    [Fact]
    public async Task Requests_RefusedAndFaulted_AreRecordedWithTheStatusAnswered()
    {
        var options = new SandboxOptions();
        options.Faults.Add(FaultRule.Parse("GET /api/v1/messaging/templates/demo-shipping status=503"));
        await using var sandbox = await SandboxTestClient.StartAsync(options);
        var token = await sandbox.GetTokenAsync();

        (await sandbox.GetTemplateAsync("bogus", DemoTemplates.Welcome)).Dispose();
        (await sandbox.GetTemplateAsync(token, DemoTemplates.Shipping)).Dispose();
        (await sandbox.SendAsync(HttpMethod.Get, "no/such/route", token)).Dispose();

        Assert.Equal([200, 401, 503, 404], sandbox.Server.Requests.Select(request => request.StatusCode));
        Assert.Null(sandbox.Server.Requests[1].Query);
    }

    [Fact]
    public async Task RequestLogged_EachRequest_GetsMethodPathStatusAndNoSecrets()
    {
        var lines = new List<SandboxRequestLog>();
        await using var sandbox = await SandboxTestClient.StartAsync(new SandboxOptions { RequestLogged = line => { lock (lines) { lines.Add(line); } } });
        var token = await sandbox.GetTokenAsync();

        (await sandbox.GetTemplateAsync(token, "tpl-missing")).Dispose();

        lock (lines)
        {
            Assert.Equal(
                [("POST", "/oauth/token", 200), ("GET", "/api/v1/messaging/templates/tpl-missing", 404)],
                lines.Select(line => (line.Method, line.Path, line.StatusCode)));
            Assert.All(lines, line => Assert.True(line.ElapsedMs >= 0));
            Assert.DoesNotContain(lines, line => line.ToString().Contains(token, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task RequestLogged_ObserverThatThrows_DoesNotBreakTheApi()
    {
        await using var sandbox = await SandboxTestClient.StartAsync(new SandboxOptions { RequestLogged = _ => throw new InvalidOperationException("observer bug") });

        using var response = await sandbox.RequestTokenAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
