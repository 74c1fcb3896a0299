using System.Net.Http.Headers;
using System.Text;
using CxoneApprove.Api;
using Serilog.Context;

namespace CxoneApprove.Tests.Http;

/// <summary>What --verbose shows of each exchange: when, for which template, both bodies masked, bounded or summarised.</summary>
public sealed class VerboseLogTests
{
    private const string TemplatePath = "/api/v1/messaging/templates/tpl-1";

    [Fact]
    public async Task EveryExchangeLine_CarriesTheRunsClockAndTheTemplateId()
    {
        using var harness = new ClientHarness();

        using (LogContext.PushProperty("TemplateId", "tpl-1"))
        {
            await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));
        }

        var lines = harness.Log.ToString().Split('\n').Where(l => l.StartsWith("DBG", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.StartsWith("DBG 2026-11-27T10:00:00.000Z [tpl-1] ", line, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains($"→ GET https://acme.nicecxone.test{TemplatePath} (attempt 1)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bodies_AreShownWithTheirSecretFieldsMasked()
    {
        using var harness = new ClientHarness();

        var fetched = await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));
        await harness.RunAsync(() => harness.Client.RegisterWebhookAsync(
            new WebhookRequest("https://dash.example.com/h", ["template.approved"], "whsec-0123456789"), "key-1", CancellationToken.None));

        var log = harness.Log.ToString();
        Assert.True(fetched.IsSuccess);
        Assert.Contains("body: {\"id\":\"tpl-1\",\"name\":\"n\",\"status\":\"PENDING\"", log, StringComparison.Ordinal);
        Assert.Contains("body: grant_type=client_credentials&client_id=client-1&client_secret=***&scope=", log, StringComparison.Ordinal);
        Assert.Contains("\"access_token\":\"***\"", log, StringComparison.Ordinal);
        Assert.Contains("body: {\"url\":\"https://dash.example.com/h\",\"events\":[\"template.approved\"],\"secret\":\"***\"}", log, StringComparison.Ordinal);
        Assert.Contains("token granted scopes: messaging:read", log, StringComparison.Ordinal);
        Assert.DoesNotContain("whsec-0123456789", log, StringComparison.Ordinal);
        Assert.DoesNotContain(ClientHarness.ClientSecret, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyThatIsNotJson_IsSummarised_AndALongOneIsBounded()
    {
        using var harness = new ClientHarness();
        harness.Script("GET", TemplatePath, _ => new HttpResponseMessage(System.Net.HttpStatusCode.OK)
        {
            Content = new StringContent("<html><head><title>Proxy sign-in</title><style>body{}</style></head>\n<body><p>Please log in</p></body></html>",
                Encoding.UTF8, "text/html"),
        });
        harness.Script("GET", "/api/v1/messaging/templates/tpl-2", _ => ClientHarness.Status(200, $$"""{"id":"tpl-2","content":"{{new string('x', 5000)}}"}"""));

        await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-1", CancellationToken.None));
        await harness.RunAsync(() => harness.Client.GetTemplateAsync("tpl-2", CancellationToken.None));

        var log = harness.Log.ToString();
        Assert.Contains("body: (text/html, 109 bytes) begins: Proxy sign-in Please log in", log, StringComparison.Ordinal);
        Assert.DoesNotContain("<html>", log, StringComparison.Ordinal);
        Assert.Matches(@"body: \{""id"":""tpl-2"",""content"":""x{2000,}… \(\d+ more characters\)", log);
    }

    [Fact]
    public async Task HeadersAsFields_InTheJsonLogFormat()
    {
        using var writer = new StringWriter();
        var log = CxoneApprove.Diagnostics.LogFactory.Create(writer, verbose: true, json: true);
        using var handler = new CxoneApprove.Http.DiagnosticsHandler(log, new CxoneApprove.Diagnostics.SecretRedactor(), TimeProvider.System)
        {
            InnerHandler = new Answer(),
        };
        using var invoker = new HttpMessageInvoker(handler);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://acme.nicecxone.test/api/v1/webhooks");
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "tok-secret-value");

        (await invoker.SendAsync(request, CancellationToken.None)).Dispose();

        var events = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("application/json", events[0].GetProperty("Headers").GetProperty("Accept").GetString());
        Assert.Equal("Bearer ***", events[0].GetProperty("Headers").GetProperty("Authorization").GetString());
        Assert.Equal("req-7", events[1].GetProperty("Headers").GetProperty("X-Request-Id").GetString());
        Assert.Equal("[]", events[1].GetProperty("Body").GetString());
    }

    private sealed class Answer : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("[]", Encoding.UTF8, "application/json") };
            response.Headers.Add("X-Request-Id", "req-7");
            return Task.FromResult(response);
        }
    }
}
