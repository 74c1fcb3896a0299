using CxoneApprove.Api;
using CxoneApprove.Cli;

namespace CxoneApprove.Tests.Http;

public sealed class TokenProviderTests
{
    private const string TemplatePath = "/api/v1/messaging/templates/tpl-1";

    [Fact]
    public async Task Calls_ShareOneCachedToken()
    {
        using var harness = new ClientHarness();

        await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));
        await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.Single(harness.To("POST", "/oauth/token"));
        Assert.All(harness.To("GET", TemplatePath), r => Assert.Equal("tok-1-abcdef", r.Bearer));
    }

    [Fact]
    public async Task TokenNearExpiry_IsRefreshedBeforeTheCall()
    {
        // 100 s lifetime: the skew is 10% (10 s), so at 91 s the token is refreshed before use.
        using var harness = new ClientHarness(tokenLifetimeSeconds: 100);
        await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));
        harness.Time.Advance(TimeSpan.FromSeconds(91));

        await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        var log = harness.Requests.ToList();
        Assert.Equal(["POST /oauth/token", "GET " + TemplatePath, "POST /oauth/token", "GET " + TemplatePath],
            log.Select(r => r.Method + " " + r.Path));
        Assert.Equal("tok-2-abcdef", log[3].Bearer);
    }

    [Fact]
    public async Task LongLivedToken_IsRefreshedSixtySecondsBeforeExpiry()
    {
        using var harness = new ClientHarness(tokenLifetimeSeconds: 3600);
        await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        harness.Time.Advance(TimeSpan.FromSeconds(3539));
        await harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None);
        Assert.Single(harness.To("POST", "/oauth/token"));

        harness.Time.Advance(TimeSpan.FromSeconds(2));
        await harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None);
        Assert.Equal(2, harness.To("POST", "/oauth/token").Count());
    }

    [Fact]
    public async Task TenConcurrentCalls_OnAnExpiredToken_MakeOneTokenRequest()
    {
        using var harness = new ClientHarness(tokenLifetimeSeconds: 100);
        await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));
        harness.Time.Advance(TimeSpan.FromSeconds(200));

        var calls = Enumerable.Range(0, 10).Select(_ => Task.Run(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None)));
        var results = await Task.WhenAll(calls);

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal(2, harness.To("POST", "/oauth/token").Count());
        Assert.All(harness.To("GET", TemplatePath).Skip(1), r => Assert.Equal("tok-2-abcdef", r.Bearer));
    }

    [Fact]
    public async Task Unauthorized_CausesOneRefreshAndOneReplay()
    {
        using var harness = new ClientHarness();
        harness.Script("GET", TemplatePath, _ => ClientHarness.Status(401, """{"error":"invalid_token"}"""));

        var result = await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.True(result.IsSuccess);
        Assert.Equal(2, harness.To("POST", "/oauth/token").Count());
        var gets = harness.To("GET", TemplatePath).ToList();
        Assert.Equal(2, gets.Count);
        Assert.Equal("tok-1-abcdef", gets[0].Bearer);
        Assert.Equal("tok-2-abcdef", gets[1].Bearer);
    }

    [Fact]
    public async Task UnauthorizedTwice_IsExit4WithAHint()
    {
        using var harness = new ClientHarness();
        harness.Script("GET", TemplatePath, _ => ClientHarness.Status(401), _ => ClientHarness.Status(401));

        var result = await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.Equal(4, ExitCodes.For(result.Error!.Category));
        Assert.Equal(2, harness.To("GET", TemplatePath).Count());
        Assert.Contains("secret", result.Error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OAuthInvalidClient_IsExit4NamingTheErrorCode()
    {
        using var harness = new ClientHarness();
        harness.Script("POST", "/oauth/token", _ => ClientHarness.Status(401, """{"error":"invalid_client","error_description":"bad secret"}"""));

        var result = await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.Equal(4, ExitCodes.For(result.Error!.Category));
        Assert.Contains("invalid_client", result.Error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.To("GET", TemplatePath));
    }

    [Fact]
    public async Task TokenRequest_FormEncodesEveryField()
    {
        using var harness = new ClientHarness();

        await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        var body = harness.To("POST", "/oauth/token").Single().Body;
        var fields = body.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
        Assert.Equal("client_credentials", fields["grant_type"]);
        Assert.Equal(ClientHarness.ClientSecret, fields["client_secret"]);
        Assert.Equal(Endpoint.AllScopes, fields["scope"]);
    }

    [Fact]
    public async Task VerboseLog_ShowsTheExchangeButNoSecret()
    {
        using var harness = new ClientHarness();
        harness.Redactor.Add(ClientHarness.ClientSecret);
        harness.Script("GET", TemplatePath, _ => ClientHarness.Status(403, """{"error":"insufficient_scope","message":"needs messaging:read; token tok-1-abcdef"}""",
            r => r.Headers.Add("X-Request-Id", "req-42")));

        await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        var log = harness.Log.ToString();
        Assert.Contains("GET https://acme.nicecxone.test/api/v1/messaging/templates/tpl-1", log, StringComparison.Ordinal);
        Assert.Contains("403", log, StringComparison.Ordinal);
        Assert.Contains("X-Request-Id: req-42", log, StringComparison.Ordinal);
        Assert.Contains("Authorization: Bearer ***", log, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-1-abcdef", log, StringComparison.Ordinal);
        Assert.DoesNotContain(ClientHarness.ClientSecret, log, StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.EscapeDataString(ClientHarness.ClientSecret), log, StringComparison.OrdinalIgnoreCase);
    }
}
