using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Sandbox;

/// <summary>The CXone sign-in served offline: discovery, the password grant with client_secret_basic, refresh, tenant lookup.</summary>
public sealed class SignInTests
{
    [Fact]
    public async Task OpenIdConfiguration_NamesTheSandboxAsIssuerAndItsTokenEndpoint()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.SendAsync(HttpMethod.Get, ".well-known/openid-configuration", token: null);
        var document = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(sandbox.Server.Origin, document.GetProperty("issuer").GetString());
        Assert.Equal(sandbox.Server.Origin + "/auth/token", document.GetProperty("token_endpoint").GetString());
        Assert.Equal(["client_secret_basic"], document.GetProperty("token_endpoint_auth_methods_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("password", document.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task PasswordGrant_FormEncodedBasic_IssuesTokensThatWorkOnTheApi()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await SignInAsync(sandbox, DemoCredentials.AccessKeyId, DemoCredentials.AccessKeySecret);
        var body = await SandboxTestClient.ReadJsonAsync(response);
        using var approve = await sandbox.ApproveAsync(body.GetProperty("access_token").GetString()!, DemoTemplates.Welcome);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("Bearer", 3600), (body.GetProperty("token_type").GetString(), body.GetProperty("expires_in").GetInt32()));
        Assert.Equal(DemoCredentials.AllScopes, body.GetProperty("scope").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("refresh_token").GetString()));
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
    }

    [Fact]
    public async Task IdToken_IsAnHs256JwtWhosePayloadHoldsTheTenantId()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await SignInAsync(sandbox, DemoCredentials.AccessKeyId, DemoCredentials.AccessKeySecret);
        var parts = (await SandboxTestClient.ReadJsonAsync(response)).GetProperty("id_token").GetString()!.Split('.');
        var header = Decode(parts[0]);
        var payload = Decode(parts[1]);

        Assert.Equal(3, parts.Length);
        Assert.Equal("HS256", header.GetProperty("alg").GetString());
        Assert.Equal(DemoCredentials.TenantId, payload.GetProperty("tenantId").GetString());
        Assert.Equal(sandbox.Server.Origin, payload.GetProperty("iss").GetString());
        Assert.Equal(DemoCredentials.ApplicationClientId, payload.GetProperty("aud").GetString());
    }

    [Fact]
    public async Task PasswordGrant_BasicWithoutFormEncoding_Returns401InvalidClient()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var raw = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{DemoCredentials.ApplicationClientId}:{DemoCredentials.ApplicationClientSecret}"));

        using var response = await SignInAsync(sandbox, DemoCredentials.AccessKeyId, DemoCredentials.AccessKeySecret, raw);
        var error = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", error.GetProperty("error").GetString());
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task PasswordGrant_WrongAccessKeySecret_Returns400InvalidGrant()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await SignInAsync(sandbox, DemoCredentials.AccessKeyId, "wrong");
        var error = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task PasswordGrant_ReadOnlyAccessKey_GetsMessagingReadOnlyAndApproveIs403()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await SignInAsync(sandbox, DemoCredentials.ReadOnlyAccessKeyId, DemoCredentials.ReadOnlyAccessKeySecret);
        var body = await SandboxTestClient.ReadJsonAsync(response);
        var token = body.GetProperty("access_token").GetString()!;
        using var get = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);
        using var approve = await sandbox.ApproveAsync(token, DemoTemplates.Welcome);

        Assert.Equal("messaging:read", body.GetProperty("scope").GetString());
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
    }

    [Fact]
    public async Task RefreshGrant_AfterTheAccessTokensExpired_IssuesAWorkingOne()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        using var signIn = await SignInAsync(sandbox, DemoCredentials.AccessKeyId, DemoCredentials.AccessKeySecret);
        var first = await SandboxTestClient.ReadJsonAsync(signIn);
        sandbox.Server.ExpireAllTokens();

        using var refreshed = await PostSignInAsync(sandbox, Basic(), [new("grant_type", "refresh_token"), new("refresh_token", first.GetProperty("refresh_token").GetString()!)]);
        var body = await SandboxTestClient.ReadJsonAsync(refreshed);
        using var stale = await sandbox.GetTemplateAsync(first.GetProperty("access_token").GetString()!, DemoTemplates.Welcome);
        using var fresh = await sandbox.GetTemplateAsync(body.GetProperty("access_token").GetString()!, DemoTemplates.Welcome);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (stale.StatusCode, fresh.StatusCode));
        Assert.Equal(DemoCredentials.AllScopes, body.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task RefreshGrant_UnknownToken_Returns400InvalidGrant()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await PostSignInAsync(sandbox, Basic(), [new("grant_type", "refresh_token"), new("refresh_token", "made-up")]);

        Assert.Equal("invalid_grant", (await SandboxTestClient.ReadJsonAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task CxoneConfiguration_KnownTenant_NamesTheSandboxAsApiEndpoint()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.SendAsync(HttpMethod.Get, $".well-known/cxone-configuration?tenantId={DemoCredentials.TenantId}", token: null);
        var body = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(sandbox.Server.Origin, body.GetProperty("api_endpoint").GetString());
        Assert.Equal(sandbox.Server.Origin, body.GetProperty("auth_endpoint").GetString());
        Assert.Equal(DemoCredentials.Area, body.GetProperty("area").GetString());
    }

    [Fact]
    public async Task CxoneConfiguration_UnknownTenant_Returns404()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.SendAsync(HttpMethod.Get, ".well-known/cxone-configuration?tenantId=00000000-0000-0000-0000-000000000000", token: null);

        Assert.Equal((404, "not_found"), await SandboxTestClient.ReadStatusAndErrorAsync(response));
    }

    private static Task<HttpResponseMessage> SignInAsync(SandboxTestClient sandbox, string accessKeyId, string accessKeySecret, string? basic = null) =>
        PostSignInAsync(sandbox, basic ?? Basic(), [new("grant_type", "password"), new("username", accessKeyId), new("password", accessKeySecret)]);

    private static Task<HttpResponseMessage> PostSignInAsync(SandboxTestClient sandbox, string basic, KeyValuePair<string, string>[] fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "auth/token") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        return sandbox.Http.SendAsync(request, SandboxTestClient.Ct);
    }

    /// <summary>client_secret_basic as RFC 6749 §2.3.1 has it: each part form-encoded, then base64.</summary>
    private static string Basic() => Convert.ToBase64String(Encoding.UTF8.GetBytes(
        $"{Uri.EscapeDataString(DemoCredentials.ApplicationClientId)}:{Uri.EscapeDataString(DemoCredentials.ApplicationClientSecret)}"));

    private static JsonElement Decode(string part)
    {
        var padded = part.Replace('-', '+').Replace('_', '/').PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '=');
        using var document = JsonDocument.Parse(Convert.FromBase64String(padded));
        return document.RootElement.Clone();
    }
}
