using System.Diagnostics;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>The built tool as a process of its own, for what only a process shows: signals, kills, two writers at once.</summary>
internal sealed class ToolProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private ToolProcess(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        _stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
    }

    public int Id => _process.Id;

    /// <summary>Starts <c>cxone-approve</c> with <paramref name="args"/> and exactly <paramref name="environment"/> of CXONE_*/XDG_* settings.</summary>
    public static ToolProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var info = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cxone-approve.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("CXONE_", StringComparison.Ordinal) || k.StartsWith("GITHUB_", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("the tool did not start");
        process.StandardInput.Close();
        return new ToolProcess(process);
    }

    /// <summary>SIGKILL: no chance to clean up.</summary>
    public void Kill() => _process.Kill();

    /// <summary>SIGTERM, as a CI runner sends when a job is cancelled.</summary>
    public void Terminate()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false });
        kill?.WaitForExit();
    }

    /// <summary>Waits for the exit; returns the exit code and what was printed.</summary>
    public async Task<(int ExitCode, string Stdout, string Stderr)> WaitAsync()
    {
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (_process.ExitCode, await _stdout, await _stderr);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
