using System.Net;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Faults;
using CxoneApprove.Sandbox.Http;
using Microsoft.Extensions.Time.Testing;

namespace CxoneApprove.IntegrationTests.Sandbox;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task Faults_StatusList_AnsweredInOrderWithRetryAfterThenPassThrough()
    {
        var options = new SandboxOptions();
        options.Faults.Add(FaultRule.Parse("GET /api/v1/messaging/templates/* status=503,429 retry-after=7"));
        await using var sandbox = await SandboxTestClient.StartAsync(options);
        var token = await sandbox.GetTokenAsync();

        using var first = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);
        using var second = await sandbox.GetTemplateAsync(token, DemoTemplates.Shipping);
        using var third = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);

        Assert.Equal((503, "injected_fault"), await SandboxTestClient.ReadStatusAndErrorAsync(first));
        Assert.Equal(TimeSpan.FromSeconds(7), first.Headers.RetryAfter?.Delta);
        Assert.Equal((429, "injected_fault"), await SandboxTestClient.ReadStatusAndErrorAsync(second));
        Assert.Equal(TimeSpan.FromSeconds(7), second.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task Faults_OtherMethodOrPath_AreNotAffected()
    {
        var options = new SandboxOptions();
        options.Faults.Add(FaultRule.Parse("PUT /api/v1/messaging/templates/* status=500"));
        await using var sandbox = await SandboxTestClient.StartAsync(options);
        var token = await sandbox.GetTokenAsync();

        using var get = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);
        using var put = await sandbox.ApproveAsync(token, DemoTemplates.Welcome);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, put.StatusCode);
    }

    [Fact]
    public async Task Faults_TwoHundredWithoutBody_LetsThatRequestThrough()
    {
        var options = new SandboxOptions();
        options.Faults.Add(FaultRule.Parse("* /api/v1/* status=200,502"));
        await using var sandbox = await SandboxTestClient.StartAsync(options);
        var token = await sandbox.GetTokenAsync();

        using var first = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);
        using var second = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("demo-welcome", (await SandboxTestClient.ReadJsonAsync(first)).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.BadGateway, second.StatusCode);
    }

    [Fact]
    public async Task Faults_BodyAndContentType_AnswerTheRawMalformedBody()
    {
        var options = new SandboxOptions();
        options.Faults.Add(FaultRule.Parse("GET /api/v1/messaging/templates/* status=200 content-type=text/html body=<html>proxy login</html>"));
        await using var sandbox = await SandboxTestClient.StartAsync(options);

        using var response = await sandbox.GetTemplateAsync(await sandbox.GetTokenAsync(), DemoTemplates.Welcome);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<html>proxy login</html>", await response.Content.ReadAsStringAsync(SandboxTestClient.Ct));
    }

    [Fact]
    public async Task Faults_RetryAfterDate_SendsHttpDateOnTheSandboxClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
        var options = new SandboxOptions { TimeProvider = clock };
        options.Faults.Add(FaultRule.Parse("GET /api/v1/* status=503 retry-after-date=30"));
        await using var sandbox = await SandboxTestClient.StartAsync(options);

        using var response = await sandbox.GetTemplateAsync(await sandbox.GetTokenAsync(), DemoTemplates.Welcome);

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 10, 0, 30, TimeSpan.Zero), response.Headers.RetryAfter?.Date);
    }

    [Fact]
    public async Task Faults_TokenEndpoint_CanBeFaultedToo()
    {
        var options = new SandboxOptions();
        options.Faults.Add(FaultRule.Parse("POST /oauth/token status=503"));
        await using var sandbox = await SandboxTestClient.StartAsync(options);

        using var response = await sandbox.RequestTokenAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Faults_ConcurrentRequests_ConsumeEachStatusExactlyOnce()
    {
        var options = new SandboxOptions();
        options.Faults.Add(FaultRule.Parse("GET /api/v1/* status=500,500,500,500,500"));
        await using var sandbox = await SandboxTestClient.StartAsync(options);
        var token = await sandbox.GetTokenAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => sandbox.GetTemplateAsync(token, DemoTemplates.Welcome)));

        Assert.Equal(5, responses.Count(response => response.StatusCode == HttpStatusCode.InternalServerError));
        Assert.Equal(15, responses.Count(response => response.StatusCode == HttpStatusCode.OK));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Faults_Latency_HoldsTheAnswerUntilTheSandboxClockPassesIt()
    {
        var clock = new WatchedClock(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
        var logged = new List<SandboxRequestLog>();
        var options = new SandboxOptions { TimeProvider = clock, RequestLogged = line => { lock (logged) { logged.Add(line); } } };
        options.Faults.Add(FaultRule.Parse("GET /api/v1/* delay-ms=300"));
        await using var sandbox = await SandboxTestClient.StartAsync(options);
        var token = await sandbox.GetTokenAsync();

        var delayStarted = clock.NextTimer();
        var pending = sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);
        await delayStarted;
        Assert.False(pending.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(300));

        using var response = await pending;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SandboxRequestLog get;
        lock (logged)
        {
            get = logged.Single(line => line.Method == "GET");
        }

        Assert.InRange(get.ElapsedMs, 300, 10_000);
    }
}
