using System.Net;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;
using Microsoft.Extensions.Time.Testing;

namespace CxoneApprove.IntegrationTests.Sandbox;

public sealed class RateLimitTests
{
    [Fact]
    public async Task RequestsPerSecond_OverTheLimit_Returns429WithWholeSecondRetryAfter()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
        await using var sandbox = await SandboxTestClient.StartAsync(new SandboxOptions { TimeProvider = clock, RequestsPerSecond = 2 });
        var token = await sandbox.GetTokenAsync();

        using var first = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);
        using var second = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);
        using var third = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((429, "rate_limited"), await SandboxTestClient.ReadStatusAndErrorAsync(third));
        Assert.Equal(TimeSpan.FromSeconds(1), third.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task RequestsPerSecond_AfterWaitingRetryAfter_AcceptsAgain()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
        await using var sandbox = await SandboxTestClient.StartAsync(new SandboxOptions { TimeProvider = clock, RequestsPerSecond = 0.25 });
        var token = await sandbox.GetTokenAsync();
        (await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome)).Dispose();

        using var limited = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);
        clock.Advance(limited.Headers.RetryAfter!.Delta!.Value);
        using var afterWaiting = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);

        Assert.Equal(TimeSpan.FromSeconds(4), limited.Headers.RetryAfter.Delta);
        Assert.Equal(HttpStatusCode.OK, afterWaiting.StatusCode);
    }

    [Fact]
    public async Task RequestsPerSecond_TokenEndpoint_IsNotCounted()
    {
        var clock = new FakeTimeProvider();
        await using var sandbox = await SandboxTestClient.StartAsync(new SandboxOptions { TimeProvider = clock, RequestsPerSecond = 1 });

        for (var i = 0; i < 5; i++)
        {
            using var response = await sandbox.RequestTokenAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public async Task StartAsync_NonPositiveRequestsPerSecond_Throws(double rate)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => SandboxServer.StartAsync(new SandboxOptions { RequestsPerSecond = rate }, SandboxTestClient.Ct));
    }
}
