using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace CxoneApprove.IntegrationTests.Sandbox;

/// <summary>The built <c>cxone-approve-sandbox</c> as a child process, the way the tool starts it.</summary>
public sealed class SandboxExecutableTests
{
    private static readonly string Executable = Path.Combine(AppContext.BaseDirectory, "cxone-approve-sandbox");

    [Fact]
    public async Task Sigterm_StopsItCleanlyWithExit0()
    {
        using var child = Start("--port", "0", "--announce", "json", "--quiet");
        var baseUrl = await ReadBaseUrlAsync(child);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        using var stats = await http.GetAsync(baseUrl + "/_sandbox/stats", SandboxTestClient.Ct);

        using (var kill = Process.Start("kill", ["-TERM", child.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(SandboxTestClient.Ct);
        }

        await child.WaitForExitAsync(SandboxTestClient.Ct);
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        Assert.Equal(0, child.ExitCode);
        Assert.Equal(string.Empty, await child.StandardOutput.ReadToEndAsync(SandboxTestClient.Ct));
    }

    [Fact]
    public async Task StdinClosed_WithExitOnStdinEof_StopsItWithExit0()
    {
        using var child = Start("--port", "0", "--announce", "json", "--exit-on-stdin-eof", "--quiet");
        await ReadBaseUrlAsync(child);

        child.StandardInput.Close();
        await child.WaitForExitAsync(SandboxTestClient.Ct);

        Assert.Equal(0, child.ExitCode);
    }

    [Fact]
    public async Task MalformedFault_IsExit2WithOneLineAndNoStackTrace()
    {
        using var child = Start("--fault", "PUT /x status=999");
        var stderr = await child.StandardError.ReadToEndAsync(SandboxTestClient.Ct);
        await child.WaitForExitAsync(SandboxTestClient.Ct);

        Assert.Equal(2, child.ExitCode);
        Assert.StartsWith("error: --fault: invalid fault 'PUT /x status=999'", stderr, StringComparison.Ordinal);
        Assert.Equal(2, stderr.TrimEnd('\n').Split('\n').Length);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private static async Task<string> ReadBaseUrlAsync(Process child)
    {
        var line = await child.StandardOutput.ReadLineAsync(SandboxTestClient.Ct)
            ?? throw new InvalidOperationException("the sandbox exited before announcing: " + await child.StandardError.ReadToEndAsync(SandboxTestClient.Ct));
        return JsonDocument.Parse(line).RootElement.GetProperty("base_url").GetString()!;
    }
}
