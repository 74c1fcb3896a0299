using System.Net;
using System.Text;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Sandbox;

public sealed class TokenEndpointTests
{
    [Fact]
    public async Task Token_DemoCredentials_ReturnsBearerTokenWithAllScopes()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.RequestTokenAsync(scope: DemoCredentials.AllScopes);
        var body = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(DemoCredentials.AllScopes, body.GetProperty("scope").GetString());
        Assert.True(body.GetProperty("access_token").GetString()!.Length >= 32);
    }

    [Fact]
    public async Task Token_TwoRequests_IssueDifferentTokens()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        Assert.NotEqual(await sandbox.GetTokenAsync(), await sandbox.GetTokenAsync());
    }

    [Fact]
    public async Task Token_FormEncodedSecretWithReservedCharacters_IsAccepted()
    {
        Assert.Contains('&', DemoCredentials.ClientSecret);
        Assert.Contains('=', DemoCredentials.ClientSecret);
        Assert.Contains('+', DemoCredentials.ClientSecret);
        Assert.Contains('%', DemoCredentials.ClientSecret);
        Assert.Contains('/', DemoCredentials.ClientSecret);
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.RequestTokenAsync(DemoCredentials.ClientId, DemoCredentials.ClientSecret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_SecretPastedUnencodedIntoBody_Returns401InvalidClient()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var body = $"grant_type=client_credentials&client_id={DemoCredentials.ClientId}&client_secret={DemoCredentials.ClientSecret}&scope={DemoCredentials.AllScopes}";

        using var response = await sandbox.Http.PostAsync(
            "oauth/token", new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"), SandboxTestClient.Ct);
        var error = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_GoStyleRawBodyWithPlainSecret_IsAccepted()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var body = $"grant_type=client_credentials&client_id={DemoCredentials.PlainClientId}&client_secret={DemoCredentials.PlainClientSecret}&scope={DemoCredentials.AllScopes}";

        using var response = await sandbox.Http.PostAsync(
            "oauth/token", new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"), SandboxTestClient.Ct);
        var token = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DemoCredentials.AllScopes, token.GetProperty("scope").GetString());
    }

    [Theory]
    [InlineData(DemoCredentials.ClientId, "wrong-secret")]
    [InlineData("no-such-client", DemoCredentials.ClientSecret)]
    [InlineData(DemoCredentials.ReadOnlyClientId, DemoCredentials.ClientSecret)]
    public async Task Token_WrongCredentials_Returns401InvalidClientPerRfc6749(string clientId, string clientSecret)
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.RequestTokenAsync(clientId, clientSecret);
        var error = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", error.GetProperty("error").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("error_description").GetString()));
    }

    [Fact]
    public async Task Token_PasswordGrant_Returns400UnsupportedGrantType()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.RequestTokenAsync(grantType: "password");
        var error = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unsupported_grant_type", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_UnknownScope_Returns400InvalidScope()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.RequestTokenAsync(scope: "messaging:read admin:everything");
        var error = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_scope", error.GetProperty("error").GetString());
        Assert.Contains("admin:everything", error.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_ReadOnlyClientAskingForAllScopes_GrantsOnlyMessagingRead()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.RequestTokenAsync(DemoCredentials.ReadOnlyClientId, DemoCredentials.ReadOnlyClientSecret, DemoCredentials.AllScopes);
        var body = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("messaging:read", body.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Token_SubsetOfScopesRequested_GrantsThatSubset()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.RequestTokenAsync(scope: "webhooks:write messaging:read");
        var body = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal("messaging:read webhooks:write", body.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Token_JsonBodyInsteadOfForm_Returns400InvalidRequest()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.Http.PostAsync(
            "oauth/token", new StringContent("""{"grant_type":"client_credentials"}""", Encoding.UTF8, "application/json"), SandboxTestClient.Ct);
        var error = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", error.GetProperty("error").GetString());
    }
}
