using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace CxoneApprove.Cli.Sandbox;

/// <summary>
/// Runs the sandbox as a child process on a free loopback port and reads where it listens, and its demo client, from the
/// one JSON line it announces. Its stdin is a pipe the tool holds open: when the tool ends, however it ends (SIGKILL
/// included), the pipe closes and the sandbox stops by itself.
/// </summary>
internal sealed class SandboxChildLauncher(SandboxExecutable executable) : ISandboxLauncher
{
    // After stdin closes, a healthy sandbox is gone in milliseconds; this only bounds a stuck one.
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    public async Task<RunningSandbox> StartAsync(IReadOnlyList<string> faults, CancellationToken cancellationToken)
    {
        List<string> arguments = ["--port", "0", "--announce", "json", "--exit-on-stdin-eof", "--quiet"];
        foreach (var fault in faults)
        {
            arguments.Add("--fault");
            arguments.Add(fault);
        }

        var process = Start(executable.StartInfo(arguments));
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            var line = await process.StandardOutput.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                await process.WaitForExitAsync(cancellationToken);
                throw Failure(process.ExitCode, await stderr);
            }

            var announced = SandboxAnnouncement.Parse(line)
                ?? throw new InvalidOperationException($"the sandbox announced something other than its address ({line.Length} characters)");
            return new RunningSandbox(new Uri(announced.BaseUrl!), announced.ClientId!, announced.ClientSecret!, () => StopAsync(process));
        }
        catch
        {
            await StopAsync(process);
            throw;
        }
    }

    /// <summary>Starts <paramref name="start"/>; a file that is there but cannot run is a clear message, not a trace.</summary>
    public static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"the sandbox {start.FileName} did not start");
        }
        catch (Win32Exception ex)
        {
            throw new UsageException($"cannot start the sandbox {start.FileName}: {ex.Message}");
        }
    }

    /// <summary>Closes the child's stdin (its signal to stop) and waits for it; kills it if it does not go.</summary>
    public static async ValueTask StopAsync(Process process)
    {
        try
        {
            process.StandardInput.Close();
            using var grace = new CancellationTokenSource(StopGrace);
            await process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
        catch (IOException)
        {
            // Its end of the pipe is already gone: so is it.
        }
        finally
        {
            process.Dispose();
        }
    }

    // Exit 2 is the sandbox's usage error, a malformed fault above all: its own one line, named as the tool's option.
    private static Exception Failure(int exitCode, string stderr)
    {
        var first = stderr.Split('\n', 2)[0].Trim();
        first = first.StartsWith("error: ", StringComparison.Ordinal) ? first["error: ".Length..] : first;
        if (exitCode == 2)
        {
            return new UsageException(first.StartsWith("--fault", StringComparison.Ordinal) ? "--sandbox-fault" + first["--fault".Length..] : first);
        }

        return new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
            $"the sandbox exited with code {exitCode} before it listened{(first.Length > 0 ? ": " + first : "")}"));
    }
}
