using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Sandbox;

public sealed class SandboxServerTests
{
    [Fact]
    public async Task StartAsync_PortZero_BindsLoopbackOnAnEphemeralPort()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions(), SandboxTestClient.Ct);

        Assert.Equal("127.0.0.1", server.BaseUrl.Host);
        Assert.NotEqual(0, server.BaseUrl.Port);
        Assert.Equal($"http://127.0.0.1:{server.BaseUrl.Port}", server.Origin);
        Assert.Equal($"http://127.0.0.1:{server.BaseUrl.Port}/", server.BaseUrl.ToString());
    }

    [Fact]
    public async Task StartAsync_ExplicitPort_ListensThere()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        await using var server = await SandboxServer.StartAsync(new SandboxOptions { Port = port }, SandboxTestClient.Ct);

        Assert.Equal(port, server.BaseUrl.Port);
    }

    [Fact]
    public async Task StartAsync_PortAlreadyTaken_ThrowsIOException()
    {
        await using var first = await SandboxServer.StartAsync(new SandboxOptions(), SandboxTestClient.Ct);

        await Assert.ThrowsAsync<IOException>(
            () => SandboxServer.StartAsync(new SandboxOptions { Port = first.BaseUrl.Port }, SandboxTestClient.Ct));
    }

    [Fact]
    public async Task StartAsync_TwoServers_HaveTheirOwnPortsAndState()
    {
        await using var first = await SandboxTestClient.StartAsync();
        await using var second = await SandboxTestClient.StartAsync();

        (await first.ApproveAsync(await first.GetTokenAsync(), DemoTemplates.Welcome)).Dispose();

        Assert.NotEqual(first.Server.BaseUrl, second.Server.BaseUrl);
        Assert.Equal("APPROVED", first.Server.State.FindTemplate(DemoTemplates.Welcome)!.Status);
        Assert.Equal("PENDING", second.Server.State.FindTemplate(DemoTemplates.Welcome)!.Status);
        Assert.Empty(second.Server.Requests);
    }

    [Fact]
    public async Task StartAsync_UseHttps_ServesTlsWithTheCertificateItHandsOut()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { UseHttps = true }, SandboxTestClient.Ct);
        using var trusted = X509Certificate2.CreateFromPem(server.CertificatePem);
        var handler = new SocketsHttpHandler { UseProxy = false };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && certificate.GetCertHashString() == trusted.GetCertHashString();
        using var http = new HttpClient(handler) { BaseAddress = server.BaseUrl };

        using var response = await http.GetAsync(".well-known/openid-configuration", SandboxTestClient.Ct);
        var document = await SandboxTestClient.ReadJsonAsync(response);

        Assert.StartsWith("https://127.0.0.1:", server.Origin, StringComparison.Ordinal);
        Assert.Equal(server.Origin, document.GetProperty("issuer").GetString());
        Assert.Contains(trusted.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single().EnumerateIPAddresses(), IPAddress.Loopback.Equals);
    }

    [Fact]
    public async Task StartAsync_PlainHttp_HasNoCertificate()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions(), SandboxTestClient.Ct);

        Assert.Null(server.CertificatePem);
    }

    [Fact]
    public async Task UnknownRoute_Returns404Json()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.SendAsync(HttpMethod.Get, "api/v2/anything", token: null);

        Assert.Equal((404, "not_found"), await SandboxTestClient.ReadStatusAndErrorAsync(response));
    }

    [Fact]
    public async Task Post_BodyOverOneMebibyte_Returns413Json()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var huge = $$"""{"template_id":"demo-welcome","action":"{{new string('x', 1_100_000)}}"}""";

        // Expect: 100-continue lets the server refuse before the body is sent; without it the client may still be
        // writing when the 413 closes the connection (a broken pipe instead of an answer).
        using var response = await sandbox.SendAsync(HttpMethod.Post, "api/v1/audit/logs", await sandbox.GetTokenAsync(), huge,
            [new("Expect", "100-continue")]);

        Assert.Equal(413, (await SandboxTestClient.ReadStatusAndErrorAsync(response)).Status);
        Assert.Empty(sandbox.Server.State.AuditLogs);
    }

    [Fact]
    public async Task StopAsync_CalledTwice_StopsOnceAndRefusesConnections()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions(), SandboxTestClient.Ct);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = server.BaseUrl };

        await server.StopAsync(SandboxTestClient.Ct);
        await server.StopAsync(SandboxTestClient.Ct);

        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("oauth/token", SandboxTestClient.Ct));
    }

    [Fact]
    public async Task WaitForShutdownAsync_TokenCancelled_StopsTheServerAndReturns()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions(), SandboxTestClient.Ct);
        using var ctrlC = new CancellationTokenSource();

        var waiting = server.WaitForShutdownAsync(ctrlC.Token);
        Assert.False(waiting.IsCompleted);
        await ctrlC.CancelAsync();
        await waiting.WaitAsync(TimeSpan.FromSeconds(10), SandboxTestClient.Ct);

        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = server.BaseUrl };
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("oauth/token", SandboxTestClient.Ct));
    }

    [Fact]
    public async Task WaitForShutdownAsync_StoppedElsewhere_Returns()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions(), SandboxTestClient.Ct);

        var waiting = server.WaitForShutdownAsync(SandboxTestClient.Ct);
        await server.StopAsync(SandboxTestClient.Ct);

        await waiting.WaitAsync(TimeSpan.FromSeconds(10), SandboxTestClient.Ct);
    }

    [Fact]
    public async Task SimulateConcurrentEdit_UnknownTemplate_ThrowsKeyNotFound()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions(), SandboxTestClient.Ct);

        Assert.Throws<KeyNotFoundException>(() => server.SimulateConcurrentEdit("tpl-missing"));
    }
}
