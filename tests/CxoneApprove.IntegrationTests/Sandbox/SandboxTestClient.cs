using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Sandbox;

/// <summary>A started sandbox and a plain HttpClient pointed at it (no proxy, no pooling), with the few calls the tests repeat.</summary>
internal sealed class SandboxTestClient : IAsyncDisposable
{
    private SandboxTestClient(SandboxServer server)
    {
        Server = server;

        // A connection per request: a pooled connection that a fault closes would make the handler resend the request
        // on its own, and the tests would see the handler's retry instead of the sandbox's fault.
        Http = new HttpClient(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.Zero }) { BaseAddress = server.BaseUrl };
    }

    public SandboxServer Server { get; }

    public HttpClient Http { get; }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<SandboxTestClient> StartAsync(SandboxOptions? options = null) =>
        new(await SandboxServer.StartAsync(options ?? new SandboxOptions(), Ct));

    public Task<HttpResponseMessage> RequestTokenAsync(
        string clientId = DemoCredentials.ClientId,
        string clientSecret = DemoCredentials.ClientSecret,
        string? scope = null,
        string grantType = "client_credentials")
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("grant_type", grantType),
            new("client_id", clientId),
            new("client_secret", clientSecret),
        };
        if (scope is not null)
        {
            fields.Add(new("scope", scope));
        }

        return Http.PostAsync("oauth/token", new FormUrlEncodedContent(fields), Ct);
    }

    public async Task<string> GetTokenAsync(
        string clientId = DemoCredentials.ClientId,
        string clientSecret = DemoCredentials.ClientSecret,
        string? scope = null)
    {
        using var response = await RequestTokenAsync(clientId, clientSecret, scope);
        var body = await ReadJsonAsync(response);
        Assert.Equal(200, (int)response.StatusCode);
        return body.GetProperty("access_token").GetString()!;
    }

    public Task<HttpResponseMessage> SendAsync(
        HttpMethod method,
        string path,
        string? token,
        string? json = null,
        IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return Http.SendAsync(request, Ct);
    }

    public Task<HttpResponseMessage> GetTemplateAsync(string token, string templateId) =>
        SendAsync(HttpMethod.Get, $"api/v1/messaging/templates/{templateId}", token);

    /// <summary>PUT of the template as fetched with status APPROVED, as a minimal client sends it.</summary>
    public async Task<HttpResponseMessage> ApproveAsync(string token, string templateId, string? ifMatch = null)
    {
        using var fetched = await GetTemplateAsync(token, templateId);
        var template = await ReadJsonAsync(fetched);
        var meta = template.GetProperty("meta");
        var body = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = template.GetProperty("id").GetString(),
            ["name"] = template.GetProperty("name").GetString(),
            ["status"] = "APPROVED",
            ["content"] = template.GetProperty("content").GetString(),
            ["from_address"] = template.GetProperty("from_address").GetString(),
            ["meta"] = new Dictionary<string, string?>
            {
                ["created_at"] = meta.GetProperty("created_at").GetString(),
                ["updated_at"] = meta.GetProperty("updated_at").GetString(),
            },
        });
        var headers = ifMatch is null ? null : new[] { KeyValuePair.Create("If-Match", ifMatch) };
        return await SendAsync(HttpMethod.Put, $"api/v1/messaging/templates/{templateId}", token, body, headers);
    }

    public Task<HttpResponseMessage> RegisterA2PAsync(string token, string templateId, string? idempotencyKey = null) =>
        SendAsync(
            HttpMethod.Post,
            "api/v1/a2p/registrations",
            token,
            $$"""{"template_id":"{{templateId}}","campaign_name":"Automated Approval Campaign","message_class":"TRANSACTIONAL","opt_in_language":"Standard TCPA compliant"}""",
            idempotencyKey is null ? null : [KeyValuePair.Create("Idempotency-Key", idempotencyKey)]);

    public Task<HttpResponseMessage> RegisterWebhookAsync(string token, string url, string secret, string events = """["template.approved","a2p.registered"]""") =>
        SendAsync(HttpMethod.Post, "api/v1/webhooks", token, $$"""{"url":"{{url}}","events":{{events}},"secret":"{{secret}}"}""");

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static async Task<(int Status, string Error, string Message)> ReadErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await ReadJsonAsync(response);
        return ((int)response.StatusCode, body.GetProperty("error").GetString()!, body.GetProperty("message").GetString()!);
    }

    public static async Task<(int Status, string Error)> ReadStatusAndErrorAsync(HttpResponseMessage response)
    {
        var (status, error, _) = await ReadErrorAsync(response);
        return (status, error);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
