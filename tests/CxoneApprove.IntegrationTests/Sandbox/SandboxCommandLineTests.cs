using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Sandbox;

/// <summary>The sandbox executable's command line, run in this process: what it prints, its exit codes, how it stops.</summary>
public sealed class SandboxCommandLineTests
{
    [Theory]
    [InlineData("--port 70000", "--port must be a whole number from 0 to 65535 (got '70000')")]
    [InlineData("--port abc", "--port must be a whole number from 0 to 65535 (got 'abc')")]
    [InlineData("--token-lifetime -5", "--token-lifetime must be a whole number from 1 to 86400")]
    [InlineData("--fault PUT", "invalid fault 'PUT'")]
    [InlineData("--requests-per-second 0", "--requests-per-second must be a positive number")]
    [InlineData("--requests-per-second fast", "(got 'fast')")]
    [InlineData("--certificate-file c.pem", "--certificate-file needs --https")]
    [InlineData("--announce xml", "xml")]
    [InlineData("--nonsense", "--nonsense")]
    public async Task UsageError_IsOneLineOnStderrAndExit2(string args, string expected)
    {
        var (exitCode, stdout, stderr) = await RunUntilStoppedAsync(args.Split(' '), stopAfterFirstLine: false);

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.StartsWith("error: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortTaken_IsExit2NamingThePort()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exitCode, _, stderr) = await RunUntilStoppedAsync(["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], stopAfterFirstLine: false);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"error: cannot listen on 127.0.0.1:{port}", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnnounceJson_PrintsOneLineWithTheUrlAndEveryDemoCredentialThenStopsWithExit0()
    {
        using var stop = new CancellationTokenSource();
        var stdout = new LineWriter();
        var stderr = new LineWriter();
        var running = SandboxProcess.RunAsync(["--port", "0", "--announce", "json", "--fault", "GET /api/v1/* status=503"], stdout, stderr, NoStdin, stop.Token);

        var announced = JsonDocument.Parse(await stdout.FirstLine).RootElement;
        var baseUrl = announced.GetProperty("base_url").GetString()!;
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        using var discovery = await http.GetAsync(baseUrl + "/.well-known/openid-configuration", SandboxTestClient.Ct);
        using var faulted = await http.GetAsync(baseUrl + "/api/v1/messaging/templates/demo-welcome", SandboxTestClient.Ct);
        await stop.CancelAsync();

        Assert.Equal(0, await running);
        Assert.StartsWith("http://127.0.0.1:", baseUrl, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, discovery.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, faulted.StatusCode);
        Assert.Equal(DemoCredentials.ClientSecret, announced.GetProperty("client_secret").GetString());
        Assert.Equal(DemoCredentials.AccessKeySecret, announced.GetProperty("access_key_secret").GetString());
        Assert.Equal(DemoCredentials.ReadOnlyAccessKeyId, announced.GetProperty("read_only_access_key_id").GetString());
        Assert.Equal(DemoCredentials.ApplicationClientSecret, announced.GetProperty("application_client_secret").GetString());
        Assert.Single(stdout.Text.TrimEnd('\n').Split('\n'));
        Assert.Contains("→ 503", stderr.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Banner_ShowsTheUrlCredentialsAndEveryDemoTemplate()
    {
        var (exitCode, stdout, stderr) = await RunUntilStoppedAsync(["--port", "0", "--quiet"], stopAfterFirstLine: true);

        Assert.Equal(0, exitCode);
        Assert.Matches("^CXone sandbox listening on http://127\\.0\\.0\\.1:[0-9]+\n", stdout);
        Assert.Contains(DemoCredentials.ClientSecret, stdout, StringComparison.Ordinal);
        Assert.Contains(DemoCredentials.AccessKeyId, stdout, StringComparison.Ordinal);
        Assert.All(DemoTemplates.All, template => Assert.Contains(template.Id, stdout, StringComparison.Ordinal));
        Assert.EndsWith("Press Ctrl+C to stop.\n", stdout, StringComparison.Ordinal);
        Assert.Empty(stderr);
    }

    [Fact]
    public async Task ExitOnStdinEof_StopsWithExit0WhenStdinEnds()
    {
        var stdout = new LineWriter();

        var exitCode = await SandboxProcess.RunAsync(
            ["--port", "0", "--announce", "json", "--exit-on-stdin-eof"], stdout, new LineWriter(), () => new MemoryStream(), SandboxTestClient.Ct);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("{\"base_url\":", await stdout.FirstLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Https_AnnouncesAnHttpsUrlAndWritesTheCertificate()
    {
        var pem = Path.Combine(Path.GetTempPath(), $"sandbox-{Guid.NewGuid():N}.pem");
        try
        {
            var (exitCode, stdout, _) = await RunUntilStoppedAsync(["--port", "0", "--https", "--certificate-file", pem, "--announce", "json"], stopAfterFirstLine: true);

            var announced = JsonDocument.Parse(stdout).RootElement;
            Assert.Equal(0, exitCode);
            Assert.StartsWith("https://127.0.0.1:", announced.GetProperty("base_url").GetString(), StringComparison.Ordinal);
            Assert.Equal(pem, announced.GetProperty("certificate_file").GetString());
            Assert.StartsWith("-----BEGIN CERTIFICATE-----", await File.ReadAllTextAsync(pem, SandboxTestClient.Ct), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pem);
        }
    }

    private static Stream NoStdin() => throw new InvalidOperationException("stdin is read only with --exit-on-stdin-eof");

    /// <summary>Runs the command line; once it has printed its first line (if asked), plays Ctrl+C.</summary>
    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunUntilStoppedAsync(string[] args, bool stopAfterFirstLine)
    {
        using var stop = new CancellationTokenSource();
        var stdout = new LineWriter();
        var stderr = new LineWriter();
        var running = SandboxProcess.RunAsync(args, stdout, stderr, NoStdin, stop.Token);
        if (stopAfterFirstLine)
        {
            await stdout.FirstLine;
            await stop.CancelAsync();
        }

        var exitCode = await running;
        return (exitCode, stdout.Text, stderr.Text);
    }
}
