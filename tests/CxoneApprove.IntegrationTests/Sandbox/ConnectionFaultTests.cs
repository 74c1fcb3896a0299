using System.Net;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Faults;
using CxoneApprove.Sandbox.Http;

namespace CxoneApprove.IntegrationTests.Sandbox;

/// <summary>Faults that break the connection, and faults that pick requests at a reproducible rate.</summary>
public sealed class ConnectionFaultTests
{
    [Fact]
    public async Task Drop_ClosesTheConnectionBeforeTheRequestIsHandled()
    {
        var options = new SandboxOptions();
        options.Faults.Add(FaultRule.Parse("PUT /api/v1/messaging/templates/* status=drop"));
        await using var sandbox = await SandboxTestClient.StartAsync(options);
        var token = await sandbox.GetTokenAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => sandbox.ApproveAsync(token, DemoTemplates.Welcome));

        Assert.Equal("PENDING", sandbox.Server.State.FindTemplate(DemoTemplates.Welcome)!.Status);
        var put = Assert.Single(sandbox.Server.Requests, request => request.Method == "PUT");
        Assert.Equal((ConnectionFault.RequestDropped, 0), (put.Fault, put.StatusCode));
    }

    [Fact]
    public async Task Lose_AppliesTheRequestThenClosesTheConnectionInsteadOfAnswering()
    {
        var options = new SandboxOptions();
        options.Faults.Add(FaultRule.Parse("PUT /api/v1/messaging/templates/* status=lose"));
        await using var sandbox = await SandboxTestClient.StartAsync(options);
        var token = await sandbox.GetTokenAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => sandbox.ApproveAsync(token, DemoTemplates.Welcome));
        using var retry = await sandbox.ApproveAsync(token, DemoTemplates.Welcome);

        Assert.Equal("APPROVED", sandbox.Server.State.FindTemplate(DemoTemplates.Welcome)!.Status);
        var puts = sandbox.Server.Requests.Where(request => request.Method == "PUT").ToList();
        Assert.Equal((ConnectionFault.AnswerLost, 200), (puts[0].Fault, puts[0].StatusCode));
        Assert.Equal((ConnectionFault.None, 409), (puts[1].Fault, (int)retry.StatusCode));
    }

    [Fact]
    public async Task Lose_OnAPostWithIdempotencyKey_RetryGetsTheFirstAnswerAndNothingIsCreatedTwice()
    {
        var options = new SandboxOptions();
        options.Faults.Add(FaultRule.Parse("POST /api/v1/a2p/registrations status=lose"));
        await using var sandbox = await SandboxTestClient.StartAsync(options);
        var token = await sandbox.GetTokenAsync();
        (await sandbox.ApproveAsync(token, DemoTemplates.Welcome)).Dispose();

        await Assert.ThrowsAsync<HttpRequestException>(() => sandbox.RegisterA2PAsync(token, DemoTemplates.Welcome, "key-1"));
        using var retry = await sandbox.RegisterA2PAsync(token, DemoTemplates.Welcome, "key-1");

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Single(sandbox.Server.State.A2PRegistrations);
    }

    [Fact]
    public async Task Probability_SameSeed_PicksTheSameRequestsInEveryRun()
    {
        const string Spec = "GET /api/v1/messaging/templates/* status=503,429 probability=20% seed=7";

        var first = await StatusesOf(Spec, requests: 60);
        var second = await StatusesOf(Spec, requests: 60);
        var otherSeed = await StatusesOf(Spec.Replace("seed=7", "seed=8", StringComparison.Ordinal), requests: 60);

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
        Assert.InRange(first.Count(status => status != 200), 4, 24);
        Assert.Contains(503, first);
        Assert.Contains(429, first);
    }

    [Fact]
    public async Task Probability_DelayOnly_SlowsOnlyThePickedRequests()
    {
        var clock = new WatchedClock(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
        var options = new SandboxOptions { TimeProvider = clock };
        options.Faults.Add(FaultRule.Parse("GET /api/v1/* probability=0.5 seed=3 delay-ms=1000"));
        await using var sandbox = await SandboxTestClient.StartAsync(options);
        var token = await sandbox.GetTokenAsync();

        var slowed = 0;
        for (var i = 0; i < 10; i++)
        {
            var waiting = clock.NextTimer();
            var pending = sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);
            if (await Task.WhenAny(pending, waiting) == waiting)
            {
                slowed++;
                Assert.False(pending.IsCompleted);
                clock.Advance(TimeSpan.FromSeconds(1));
            }

            using var response = await pending;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.InRange(slowed, 1, 9);
    }

    /// <summary>The statuses a fresh sandbox with <paramref name="spec"/> answers to that many GETs, one after the other.</summary>
    private static async Task<List<int>> StatusesOf(string spec, int requests)
    {
        var options = new SandboxOptions();
        options.Faults.Add(FaultRule.Parse(spec));
        await using var sandbox = await SandboxTestClient.StartAsync(options);
        var token = await sandbox.GetTokenAsync();
        var statuses = new List<int>();
        for (var i = 0; i < requests; i++)
        {
            using var response = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }
}
