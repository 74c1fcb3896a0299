using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using CxoneApprove.Api;
using CxoneApprove.Auth;
using CxoneApprove.Diagnostics;
using CxoneApprove.Http;
using CxoneApprove.Tests.Time;
using RichardSzalay.MockHttp;

namespace CxoneApprove.Tests.Http;

/// <summary>The CXone sign-in over a scripted fake: discovery, the password grant with Basic, refresh, and the tenant's host.</summary>
public sealed class CxoneSignInTests
{
    private const string Issuer = "https://issuer.cxone.test";
    private const string AppSecret = "app&secret=+%/x";
    private const string KeySecret = "key&secret=+%/y";
    private const string TemplatePath = "/api/v1/messaging/templates/tpl-1";

    [Fact]
    public async Task FirstCall_DiscoversTheTokenEndpoint_SignsInWithBasicAndThePasswordGrant_ThenUsesTheTenantsHost()
    {
        using var fake = new FakeCxone();

        var result = await fake.RunAsync(c => c.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(
            [$"GET {Issuer}/.well-known/openid-configuration", $"POST {Issuer}/auth/token",
             $"GET {Issuer}/.well-known/cxone-configuration?tenantId=tenant-42", $"GET https://api-na1.cxone.test{TemplatePath}"],
            fake.Requests.Select(r => $"{r.Method} {r.Url}"));
        var token = fake.Requests.Single(r => r.Url.EndsWith("/auth/token", StringComparison.Ordinal));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("app-1:" + WebUtility.UrlEncode(AppSecret))), token.Authorization);
        Assert.Equal("password", token.Form["grant_type"]);
        Assert.Equal("key-1", token.Form["username"]);
        Assert.Equal(KeySecret, token.Form["password"]);
        Assert.False(token.Form.ContainsKey("client_secret"));
        Assert.Equal("Bearer access-1", fake.Requests.Last().Authorization);
        Assert.Equal(new Uri("https://api-na1.cxone.test/"), fake.Connection.ApiBaseUrl);
    }

    [Fact]
    public async Task ExpiredToken_IsRenewedWithTheRefreshToken_WithoutDiscoveringAgain()
    {
        using var fake = new FakeCxone(lifetimeSeconds: 100);
        await fake.RunAsync(c => c.Client.GetTemplateAsync("tpl-1", CancellationToken.None));
        fake.Time.Advance(TimeSpan.FromSeconds(200));

        var result = await fake.RunAsync(c => c.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.True(result.IsSuccess, result.Error?.Message);
        var grants = fake.Requests.Where(r => r.Url.EndsWith("/auth/token", StringComparison.Ordinal)).ToList();
        Assert.Equal(["password", "refresh_token"], grants.Select(g => g.Form["grant_type"]));
        Assert.Equal("refresh-1", grants[1].Form["refresh_token"]);
        Assert.Single(fake.Requests, r => r.Url.Contains("openid-configuration", StringComparison.Ordinal));
        Assert.Single(fake.Requests, r => r.Url.Contains("cxone-configuration", StringComparison.Ordinal));
        Assert.Equal("Bearer access-2", fake.Requests.Last().Authorization);
    }

    [Fact]
    public async Task RefusedRefreshToken_FallsBackToThePasswordGrant()
    {
        using var fake = new FakeCxone(lifetimeSeconds: 100) { RefuseRefresh = true };
        await fake.RunAsync(c => c.Client.GetTemplateAsync("tpl-1", CancellationToken.None));
        fake.Time.Advance(TimeSpan.FromSeconds(200));

        var result = await fake.RunAsync(c => c.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(["password", "refresh_token", "password"],
            fake.Requests.Where(r => r.Url.EndsWith("/auth/token", StringComparison.Ordinal)).Select(g => g.Form["grant_type"]));
    }

    [Fact]
    public async Task GivenBaseUrl_WinsOverTheTenantsHost_AndSkipsTenantDiscovery()
    {
        using var fake = new FakeCxone(baseUrl: new Uri("https://proxy.example.test/"));

        var result = await fake.RunAsync(c => c.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.DoesNotContain(fake.Requests, r => r.Url.Contains("cxone-configuration", StringComparison.Ordinal));
        Assert.Equal($"GET https://proxy.example.test{TemplatePath}", $"{fake.Requests.Last().Method} {fake.Requests.Last().Url}");
    }

    [Theory]
    [InlineData("""{"token_endpoint":"https://issuer.cxone.test/auth/token","token_endpoint_auth_methods_supported":["private_key_jwt"]}""", "client_secret_basic")]
    [InlineData("""{"token_endpoint":"http://issuer.cxone.test/auth/token"}""", "is not an https URL")]
    [InlineData("""{"issuer":"https://issuer.cxone.test"}""", "names no token_endpoint")]
    public async Task ADiscoveryDocumentTheToolCannotUse_IsAClearFailureBeforeAnySecretIsSent(string document, string message)
    {
        using var fake = new FakeCxone { OpenIdDocument = document };

        var failure = await Assert.ThrowsAsync<ApiException>(() => fake.RunAsync(c => c.Tokens.GetAsync(CancellationToken.None)));

        Assert.Equal(ErrorCategory.BadResponse, failure.Error.Category);
        Assert.Contains(message, failure.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(fake.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task RefusedAccessKey_IsAnAuthFailureWhoseHintNamesTheAccessKey()
    {
        using var fake = new FakeCxone { RefusePassword = true };

        var failure = await Assert.ThrowsAsync<ApiException>(() => fake.RunAsync(c => c.Tokens.GetAsync(CancellationToken.None)));

        Assert.Equal(ErrorCategory.Auth, failure.Error.Category);
        Assert.Contains("invalid_grant", failure.Error.Message, StringComparison.Ordinal);
        Assert.Contains("--access-key-id", failure.Error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerboseLog_ShowsTheSignIn_ButNoSecretOfIt()
    {
        using var fake = new FakeCxone();

        await fake.RunAsync(c => c.Client.GetTemplateAsync("tpl-1", CancellationToken.None));

        var log = fake.Log.ToString();
        Assert.Contains("POST https://issuer.cxone.test/auth/token", log, StringComparison.Ordinal);
        Assert.Contains("Authorization: Basic ***", log, StringComparison.Ordinal);
        Assert.Contains("grant_type=password&username=key-1&password=***", log, StringComparison.Ordinal);
        Assert.Contains("\"refresh_token\":\"***\"", log, StringComparison.Ordinal);
        Assert.Contains("token granted scopes: messaging:read messaging:write", log, StringComparison.Ordinal);
        foreach (var secret in new[] { AppSecret, WebUtility.UrlEncode(AppSecret), KeySecret, Uri.EscapeDataString(KeySecret), "access-1", "refresh-1", FakeCxone.IdToken })
        {
            Assert.DoesNotContain(secret, log, StringComparison.Ordinal);
        }
    }

    private sealed record Seen(string Method, string Url, string? Authorization, IReadOnlyDictionary<string, string> Form);

    /// <summary>A scripted CXone: issuer discovery, the sign-in, tenant discovery and a tenant API host, in fake time.</summary>
    private sealed class FakeCxone : IDisposable
    {
        public static readonly string IdToken = "eyJhbGciOiJIUzI1NiJ9." + Base64Url.EncodeToString("""{"sub":"key-1","tenantId":"tenant-42"}"""u8) + ".c2ln";

        private readonly int _lifetimeSeconds;
        private int _issued;

        public FakeCxone(int lifetimeSeconds = 3600, Uri? baseUrl = null)
        {
            _lifetimeSeconds = lifetimeSeconds;
            var handler = new MockHttpMessageHandler();
            handler.Fallback.Respond(async request => Answer(request, request.Content is null ? "" : await request.Content.ReadAsStringAsync()));
            var config = new ClientConfig(baseUrl, new ClientCredentials("app-1", AppSecret, Endpoint.AllScopes), new HttpSettings { Randomizer = () => 0 })
            {
                SignIn = new SignInSettings(new Uri(Issuer), "key-1", KeySecret),
            };
            var redactor = new SecretRedactor();
            redactor.Add(AppSecret);
            Connection = CxoneConnection.Open(config, Time, LogFactory.Create(TextWriter.Synchronized(Log), verbose: true, json: false, Time), redactor, handler);
        }

        public TestClock Time { get; } = new();

        public StringWriter Log { get; } = new();

        public CxoneConnection Connection { get; }

        public ConcurrentQueue<Seen> Requests { get; } = new();

        public string OpenIdDocument { get; init; } =
            $$"""{"issuer":"{{Issuer}}","token_endpoint":"{{Issuer}}/auth/token","token_endpoint_auth_methods_supported":["client_secret_basic"]}""";

        public bool RefuseRefresh { get; init; }

        public bool RefusePassword { get; init; }

        public Task<T> RunAsync<T>(Func<CxoneConnection, Task<T>> work) => Time.RunAsync(() => work(Connection), TestContext.Current.CancellationToken);

        public void Dispose() => Connection.Dispose();

        private HttpResponseMessage Answer(HttpRequestMessage request, string body)
        {
            var url = request.RequestUri!.GetLeftPart(UriPartial.Query);
            var form = body.Contains('=', StringComparison.Ordinal) && !body.StartsWith('{')
                ? body.Split('&').Select(p => p.Split('=')).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')))
                : new Dictionary<string, string>();
            Requests.Enqueue(new Seen(request.Method.Method, url, request.Headers.Authorization?.ToString(), form));
            return url switch
            {
                Issuer + "/.well-known/openid-configuration" => Json(200, OpenIdDocument),
                Issuer + "/auth/token" => Token(form),
                Issuer + "/.well-known/cxone-configuration?tenantId=tenant-42" => Json(200, """{"api_endpoint":"https://api-na1.cxone.test","area":"na1"}"""),
                _ when request.RequestUri.AbsolutePath == TemplatePath => Json(200,
                    """{"id":"tpl-1","name":"n","status":"PENDING","content":"Hi. Reply STOP to opt out.","from_address":"12345"}"""),
                _ => Json(404, """{"error":"not_found"}"""),
            };
        }

        private HttpResponseMessage Token(Dictionary<string, string> form)
        {
            if ((RefuseRefresh && form["grant_type"] == "refresh_token") || (RefusePassword && form["grant_type"] == "password"))
            {
                return Json(400, """{"error":"invalid_grant","error_description":"no"}""");
            }

            var n = Interlocked.Increment(ref _issued);
            return Json(200, $$"""{"access_token":"access-{{n}}","token_type":"Bearer","expires_in":{{_lifetimeSeconds}},"refresh_token":"refresh-{{n}}","scope":"messaging:read messaging:write","id_token":"{{IdToken}}"}""");
        }

        private static HttpResponseMessage Json(int status, string json) =>
            new((HttpStatusCode)status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }
}
