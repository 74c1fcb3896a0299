using System.Net;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;
using Microsoft.Extensions.Time.Testing;

namespace CxoneApprove.IntegrationTests.Sandbox;

public sealed class BearerAuthenticationTests
{
    [Fact]
    public async Task Get_WithoutToken_Returns401InvalidTokenWithWwwAuthenticate()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.SendAsync(HttpMethod.Get, "api/v1/messaging/templates/demo-welcome", token: null);
        var (status, error, _) = await SandboxTestClient.ReadErrorAsync(response);

        Assert.Equal(401, status);
        Assert.Equal("invalid_token", error);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.StartsWith("error=\"invalid_token\"", challenge.Parameter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownToken_Returns401InvalidToken()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.GetTemplateAsync("not-a-token-we-issued", DemoTemplates.Welcome);

        Assert.Equal((401, "invalid_token"), await SandboxTestClient.ReadStatusAndErrorAsync(response));
    }

    [Fact]
    public async Task Get_TokenPastItsLifetime_Returns401AndStillWorksJustBefore()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
        await using var sandbox = await SandboxTestClient.StartAsync(new SandboxOptions { TimeProvider = clock, TokenLifetime = TimeSpan.FromMinutes(5) });
        var token = await sandbox.GetTokenAsync();

        clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        using var before = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);
        clock.Advance(TimeSpan.FromSeconds(1));
        using var after = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var (status, error, message) = await SandboxTestClient.ReadErrorAsync(after);
        Assert.Equal((401, "invalid_token"), (status, error));
        Assert.Contains("expired", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_CustomLifetime_ReportsItInExpiresIn()
    {
        await using var sandbox = await SandboxTestClient.StartAsync(new SandboxOptions { TokenLifetime = TimeSpan.FromSeconds(90) });

        using var response = await sandbox.RequestTokenAsync();
        var body = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(90, body.GetProperty("expires_in").GetInt32());
    }

    [Fact]
    public async Task ExpireAllTokens_ExistingToken_Returns401WhileNewTokenWorks()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var old = await sandbox.GetTokenAsync();

        sandbox.Server.ExpireAllTokens();
        using var withOld = await sandbox.GetTemplateAsync(old, DemoTemplates.Welcome);
        using var withNew = await sandbox.GetTemplateAsync(await sandbox.GetTokenAsync(), DemoTemplates.Welcome);

        Assert.Equal((401, "invalid_token"), await SandboxTestClient.ReadStatusAndErrorAsync(withOld));
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Fact]
    public async Task BeforeRequest_ExpiringTokensWhenThePutArrives_AnswersThatPut401()
    {
        SandboxServer? server = null;
        var options = new SandboxOptions
        {
            BeforeRequest = (method, _) =>
            {
                if (method == "PUT")
                {
                    server!.ExpireAllTokens();
                }
            },
        };
        await using var sandbox = await SandboxTestClient.StartAsync(options);
        server = sandbox.Server;
        var token = await sandbox.GetTokenAsync();

        using var response = await sandbox.ApproveAsync(token, DemoTemplates.Welcome);

        Assert.Equal((401, "invalid_token"), await SandboxTestClient.ReadStatusAndErrorAsync(response));
        Assert.Equal("PENDING", sandbox.Server.State.FindTemplate(DemoTemplates.Welcome)!.Status);
    }

    [Fact]
    public async Task Put_TokenWithOnlyMessagingRead_Returns403NamingMessagingWrite()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync(DemoCredentials.ReadOnlyClientId, DemoCredentials.ReadOnlyClientSecret, DemoCredentials.AllScopes);

        using var response = await sandbox.ApproveAsync(token, DemoTemplates.Welcome);
        var (status, error, message) = await SandboxTestClient.ReadErrorAsync(response);

        Assert.Equal((403, "insufficient_scope"), (status, error));
        Assert.Equal("this endpoint requires the scope messaging:write", message);
        Assert.Contains("scope=\"messaging:write\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A2P_TokenWithoutA2PWrite_Returns403NamingA2PWrite()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync(scope: "messaging:read messaging:write");

        using var response = await sandbox.RegisterA2PAsync(token, DemoTemplates.Approved);
        var (status, error, message) = await SandboxTestClient.ReadErrorAsync(response);

        Assert.Equal((403, "insufficient_scope"), (status, error));
        Assert.Contains("a2p:write", message, StringComparison.Ordinal);
        Assert.DoesNotContain("messaging:write", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_TokenWithOnlyMessagingRead_IsAccepted()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync(DemoCredentials.ReadOnlyClientId, DemoCredentials.ReadOnlyClientSecret);

        using var response = await sandbox.SendAsync(HttpMethod.Post, "api/v1/audit/logs", token, """{"template_id":"demo-welcome","action":"TEMPLATE_APPROVAL"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
