using CxoneApprove.Api;
using CxoneApprove.Cli;
using CxoneApprove.Http;

namespace CxoneApprove.Tests.Http;

public sealed class RetryPipelineTests
{
    private const string TemplatePath = "/api/v1/messaging/templates/tpl-1";

    [Fact]
    public async Task Get_503Then503Then200_SucceedsAfterGapsOfAtLeastOneAndTwoSeconds()
    {
        using var harness = new ClientHarness();
        harness.Script("GET", TemplatePath, _ => ClientHarness.Status(503), _ => ClientHarness.Status(503));

        var result = await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.True(result.IsSuccess);
        Assert.Equal(3, result.Attempts);
        var times = harness.To("GET", TemplatePath).Select(r => r.At).ToList();
        Assert.Equal(3, times.Count);
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(1), $"first gap {times[1] - times[0]}");
        Assert.True(times[2] - times[1] >= TimeSpan.FromSeconds(2), $"second gap {times[2] - times[1]}");
    }

    [Fact]
    public async Task Get_429WithRetryAfterSeconds_WaitsAtLeastThatLong()
    {
        using var harness = new ClientHarness();
        harness.Script("GET", TemplatePath, _ => ClientHarness.Status(429, null, r => r.Headers.Add("Retry-After", "7")));

        var result = await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.True(result.IsSuccess);
        var times = harness.To("GET", TemplatePath).Select(r => r.At).ToList();
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(7), $"gap {times[1] - times[0]}");
    }

    [Fact]
    public async Task Get_429WithRetryAfterHttpDate_MeasuresTheWaitOnTheInjectedClock()
    {
        using var harness = new ClientHarness();
        // 12 s after the fake clock's now when the 429 is sent; against the real clock this date is long past.
        harness.Script("GET", TemplatePath, _ => ClientHarness.Status(429, null, r => r.Headers.RetryAfter = new(harness.Time.GetUtcNow().AddSeconds(12))));

        var result = await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.True(result.IsSuccess);
        var times = harness.To("GET", TemplatePath).Select(r => r.At).ToList();
        var gap = times[1] - times[0];
        Assert.True(gap >= TimeSpan.FromSeconds(11), $"gap {gap}");
        Assert.True(gap < TimeSpan.FromSeconds(20), $"gap {gap}");
    }

    [Fact]
    public async Task Get_RetryAfterBeyondTheCap_IsCappedAtMaxDelay()
    {
        using var harness = new ClientHarness();
        harness.Script("GET", TemplatePath, _ => ClientHarness.Status(503, null, r => r.Headers.Add("Retry-After", "3600")));

        var result = await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.True(result.IsSuccess);
        var times = harness.To("GET", TemplatePath).Select(r => r.At).ToList();
        Assert.True(times[1] - times[0] <= TimeSpan.FromSeconds(32), $"gap {times[1] - times[0]}");
    }

    [Fact]
    public async Task Get_AlwaysUnavailable_GivesUpAfterMaxRetriesWithExit7()
    {
        using var harness = new ClientHarness(new HttpSettings { MaxRetries = 2, Randomizer = () => 0 });
        harness.Script("GET", TemplatePath, _ => ClientHarness.Status(503), _ => ClientHarness.Status(503), _ => ClientHarness.Status(503), _ => ClientHarness.Status(503));

        var result = await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.False(result.IsSuccess);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(7, ExitCodes.For(result.Error!.Category));
        Assert.Equal(503, result.HttpStatus);
        Assert.Contains("after 2 retries", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutIdempotencyKey_IsSentOnlyOnce()
    {
        using var harness = new ClientHarness();
        harness.Script("POST", "/api/v1/a2p/registrations", _ => ClientHarness.Status(503));
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/a2p/registrations") { Content = new StringContent("{}") };

        using var response = await harness.RunAsync(() => harness.RawApiClient.SendAsync(request));

        Assert.Equal(503, (int)response.StatusCode);
        Assert.Single(harness.To("POST", "/api/v1/a2p/registrations"));
    }

    [Fact]
    public async Task Post_WithIdempotencyKey_IsRetriedWithTheSameKeyAndBody()
    {
        using var harness = new ClientHarness();
        harness.Script("POST", "/api/v1/a2p/registrations", _ => ClientHarness.Status(503), _ => ClientHarness.Status(502));
        var registration = new A2pRegistrationRequest("tpl-1", "c", "TRANSACTIONAL", "o");

        var result = await harness.RunAsync(() => harness.Client.RegisterA2pAsync(registration, "key-123", CancellationToken.None));

        Assert.True(result.IsSuccess);
        var posts = harness.To("POST", "/api/v1/a2p/registrations").ToList();
        Assert.Equal(3, posts.Count);
        Assert.All(posts, p => Assert.Equal("key-123", p.IdempotencyKey));
        Assert.Single(posts.Select(p => p.Body).Distinct());
        Assert.Contains("\"template_id\":\"tpl-1\"", posts[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_WithIfMatch_IsRetriedAndKeepsTheHeader()
    {
        using var harness = new ClientHarness();
        harness.Script("PUT", TemplatePath, _ => ClientHarness.Status(504));
        var fetched = await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        var result = await harness.RunAsync(() => harness.Client.ApproveTemplateAsync("tpl-1", fetched.Value!, CancellationToken.None));

        Assert.True(result.IsSuccess);
        var puts = harness.To("PUT", TemplatePath).ToList();
        Assert.Equal(2, puts.Count);
        Assert.All(puts, p => Assert.Equal("\"v1\"", p.IfMatch));
        Assert.Contains("\"status\":\"APPROVED\"", puts[1].Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400, 3)]
    [InlineData(403, 4)]
    [InlineData(404, 5)]
    [InlineData(409, 6)]
    [InlineData(418, 8)]
    [InlineData(302, 8)]
    public async Task Get_NonRetriableStatus_IsNotRetriedAndMapsToItsExitCode(int status, int exitCode)
    {
        using var harness = new ClientHarness();
        harness.Script("GET", TemplatePath, _ => ClientHarness.Status(status, """{"error":"x","message":"server says no"}"""));

        var result = await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.Equal(exitCode, ExitCodes.For(result.Error!.Category));
        Assert.Single(harness.To("GET", TemplatePath));
        Assert.Contains("server says no", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_403_HintNamesTheScopeTheEndpointNeeds()
    {
        using var harness = new ClientHarness();
        harness.Script("PUT", TemplatePath, _ => ClientHarness.Status(403, """{"error":"insufficient_scope"}"""));
        var fetched = await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        var result = await harness.RunAsync(() => harness.Client.ApproveTemplateAsync("tpl-1", fetched.Value!, CancellationToken.None));

        Assert.Equal(4, ExitCodes.For(result.Error!.Category));
        Assert.Contains("messaging:write", result.Error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MalformedJson_IsExit8NotACrash()
    {
        using var harness = new ClientHarness();
        harness.Script("GET", TemplatePath, _ => ClientHarness.Status(200, "{\"id\": \"tpl-1\", \"content\": "));

        var result = await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.Equal(8, ExitCodes.For(result.Error!.Category));
        Assert.Contains("malformed JSON", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_HtmlInsteadOfJson_IsExit8NamingTheContentType()
    {
        using var harness = new ClientHarness();
        harness.Script("GET", TemplatePath, _ => new HttpResponseMessage(System.Net.HttpStatusCode.OK)
        {
            Content = new StringContent("<html>login</html>", System.Text.Encoding.UTF8, "text/html"),
        });

        var result = await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.Equal(8, ExitCodes.For(result.Error!.Category));
        Assert.Contains("text/html", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_BodyOverTheSizeCap_IsExit8()
    {
        using var harness = new ClientHarness(new HttpSettings { MaxResponseBytes = 1024, Randomizer = () => 0 });
        var big = "{\"id\":\"" + new string('x', 5000) + "\"}";
        harness.Script("GET", TemplatePath, _ => ClientHarness.Status(200, big));

        var result = await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.Equal(8, ExitCodes.For(result.Error!.Category));
        Assert.Contains("limit", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_BodyThatStallsAfterTheHeaders_TimesOutPerAttemptAndEndsWithExit7InsteadOfHanging()
    {
        using var harness = new ClientHarness(new HttpSettings { MaxRetries = 1, AttemptTimeout = TimeSpan.FromSeconds(10), Randomizer = () => 0 });
        harness.Script("GET", TemplatePath, _ => harness.Stalled(), _ => harness.Stalled());

        var result = await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.Equal(7, ExitCodes.For(result.Error!.Category));
        Assert.Contains("timed out", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(2, harness.To("GET", TemplatePath).Count());
    }

    [Theory]
    [InlineData(HttpRequestError.NameResolutionError, "does not resolve")]
    [InlineData(HttpRequestError.SecureConnectionError, "secure (TLS) connection")]
    public async Task Get_HostThatCannotBeReached_IsNotRetried_AndTheMessageNamesTheHost(HttpRequestError error, string says)
    {
        using var harness = new ClientHarness();
        harness.Script("GET", TemplatePath, _ => throw new HttpRequestException(error, "no such host"));

        var result = await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.Equal(7, ExitCodes.For(result.Error!.Category));
        Assert.Contains(says, result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("acme.nicecxone.test", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("--org", result.Error.Hint, StringComparison.Ordinal);
        Assert.Single(harness.To("GET", TemplatePath));
    }

    [Fact]
    public void Backoff_DoublesFromTheFirstDelayAndIsCappedAtThirtySeconds()
    {
        var settings = new HttpSettings();

        Assert.Equal(TimeSpan.FromSeconds(1), RetryDelay.Backoff(0, 0, settings));
        Assert.Equal(TimeSpan.FromSeconds(2), RetryDelay.Backoff(1, 0, settings));
        Assert.Equal(TimeSpan.FromSeconds(3), RetryDelay.Backoff(0, 0.5, settings));
        Assert.Equal(TimeSpan.FromSeconds(12), RetryDelay.Backoff(2, 0.5, settings));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryDelay.Backoff(5, 0.9, settings));
        Assert.InRange(RetryDelay.Backoff(0, 0.999, settings), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
    }
}
