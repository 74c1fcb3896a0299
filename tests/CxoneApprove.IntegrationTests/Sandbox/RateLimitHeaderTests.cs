using System.Net;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Throttling;
using Microsoft.Extensions.Time.Testing;

namespace CxoneApprove.IntegrationTests.Sandbox;

/// <summary>The rate-limit headers the answers carry, the limit shared by every client, and the admin counts.</summary>
public sealed class RateLimitHeaderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task XRateLimitHeaders_TellTheBucketsSizeWhatIsLeftAndWhenItIsFull()
    {
        var clock = new FakeTimeProvider(Start);
        await using var sandbox = await SandboxTestClient.StartAsync(new SandboxOptions { TimeProvider = clock, RequestsPerSecond = 2 });
        var token = await sandbox.GetTokenAsync();

        using var first = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);
        using var second = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);
        using var limited = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);

        Assert.Equal(("2", "1", Start.ToUnixTimeSeconds() + 1), (Header(first, "X-RateLimit-Limit"), Header(first, "X-RateLimit-Remaining"), long.Parse(Header(first, "X-RateLimit-Reset"))));
        Assert.Equal("0", Header(second, "X-RateLimit-Remaining"));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(("0", TimeSpan.FromSeconds(1)), (Header(limited, "X-RateLimit-Remaining"), limited.Headers.RetryAfter!.Delta!.Value));
    }

    [Fact]
    public async Task IetfHeaders_SendDeltaSecondsAndThePolicy()
    {
        var clock = new FakeTimeProvider(Start);
        var options = new SandboxOptions { TimeProvider = clock, RequestsPerSecond = 4, RateLimitHeaders = RateLimitHeaders.Ietf };
        await using var sandbox = await SandboxTestClient.StartAsync(options);
        var token = await sandbox.GetTokenAsync();

        using var response = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);

        Assert.Equal(("4", "3", "1", "4;w=1"), (Header(response, "RateLimit-Limit"), Header(response, "RateLimit-Remaining"), Header(response, "RateLimit-Reset"), Header(response, "RateLimit-Policy")));
        Assert.False(response.Headers.Contains("X-RateLimit-Limit"));
    }

    [Fact]
    public async Task NoHeaders_LeavesThemOutButStillLimits()
    {
        var options = new SandboxOptions { TimeProvider = new FakeTimeProvider(Start), RequestsPerSecond = 1, RateLimitHeaders = RateLimitHeaders.None };
        await using var sandbox = await SandboxTestClient.StartAsync(options);
        var token = await sandbox.GetTokenAsync();

        using var first = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);
        using var second = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);

        Assert.DoesNotContain(first.Headers, header => header.Key.Contains("RateLimit", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Fact]
    public async Task TheLimit_IsSharedByEveryClientOfTheSandbox()
    {
        var options = new SandboxOptions { TimeProvider = new FakeTimeProvider(Start), RequestsPerSecond = 2 };
        await using var sandbox = await SandboxTestClient.StartAsync(options);
        using var otherClient = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = sandbox.Server.BaseUrl };
        var token = await sandbox.GetTokenAsync();

        using var mine = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/messaging/templates/demo-welcome") { Headers = { { "Authorization", "Bearer " + token } } };
        using var theirs = await otherClient.SendAsync(request, SandboxTestClient.Ct);
        using var mineAgain = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests), (mine.StatusCode, theirs.StatusCode, mineAgain.StatusCode));
    }

    [Fact]
    public async Task Stats_CountAnswersByStatusWithoutTokenOrFaultsOrCountingThemselves()
    {
        var options = new SandboxOptions { TimeProvider = new FakeTimeProvider(Start), RequestsPerSecond = 1 };
        await using var sandbox = await SandboxTestClient.StartAsync(options);
        var token = await sandbox.GetTokenAsync();
        (await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome)).Dispose();
        (await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome)).Dispose();
        (await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome)).Dispose();

        using var first = await sandbox.SendAsync(HttpMethod.Get, "_sandbox/stats", token: null);
        using var second = await sandbox.SendAsync(HttpMethod.Get, "_sandbox/stats", token: null);
        var stats = await SandboxTestClient.ReadJsonAsync(second);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(4, stats.GetProperty("requests").GetInt64());
        Assert.Equal(1, stats.GetProperty("token_requests").GetInt64());
        Assert.Equal(2, stats.GetProperty("by_status").GetProperty("200").GetInt64());
        Assert.Equal(2, stats.GetProperty("by_status").GetProperty("429").GetInt64());
        Assert.Equal(2, stats.GetProperty("too_many_requests").GetInt64());
        Assert.Equal(4, sandbox.Server.Requests.Count);
    }

    private static string Header(HttpResponseMessage response, string name) => response.Headers.GetValues(name).Single();
}
