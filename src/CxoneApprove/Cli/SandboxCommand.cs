using System.CommandLine;
using System.Diagnostics;
using CxoneApprove.Cli.Sandbox;

namespace CxoneApprove.Cli;

/// <summary>
/// <c>sandbox [arguments]</c>: runs the bundled sandbox executable in the foreground until Ctrl+C. Every argument goes
/// to it untouched, so its banner, its help, its messages and its exit code are the sandbox's own.
/// </summary>
internal static class SandboxCommand
{
    private const string Name = "sandbox";
    private const string ExitOnStdinEof = "--exit-on-stdin-eof";

    public static Command Create(CliContext context)
    {
        var arguments = new Argument<string[]>("arguments")
        {
            Description = "Passed to the sandbox as they are: --port, --fault, --requests-per-second, --https, ... (see `cxone-approve sandbox --help`).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command(Name, "Serve the bundled CXone sandbox on loopback (demo credentials and templates, fault injection) until Ctrl+C.")
        {
            arguments,
        };
        command.SetAction((parse, ct) => ServeAsync(parse.GetValue(arguments) ?? [], context, ct));
        return command;
    }

    /// <summary>
    /// <c>sandbox ARGS</c> becomes <c>sandbox -- ARGS</c>, so the parser hands every argument to the sandbox in order,
    /// <c>--help</c> and <c>--version</c> included. Any other command line is returned as it is.
    /// </summary>
    public static string[] PassThrough(string[] args) =>
        args is [Name, var next, ..] && next != "--" ? [Name, "--", .. args[1..]] : args;

    private static async Task<int> ServeAsync(string[] arguments, CliContext context, CancellationToken cancellationToken)
    {
        // The sandbox's stdin is our pipe: it stops when we end, however we end.
        string[] forwarded = arguments.Contains(ExitOnStdinEof) ? arguments : [ExitOnStdinEof, .. arguments];
        Process process;
        try
        {
            var start = context.SandboxExecutable.StartInfo(forwarded);
            // Its usage errors then point at the command the person typed, not at an executable that is not on PATH.
            start.Environment["CXONE_SANDBOX_INVOKED_AS"] = $"cxone-approve {Name}";
            process = SandboxChildLauncher.Start(start);
        }
        catch (UsageException ex)
        {
            await context.Stderr.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Usage;
        }

        using var child = process;
        var stdout = CopyAsync(process.StandardOutput, context.Stdout);
        var stderr = CopyAsync(process.StandardError, context.Stderr);
        // Ctrl+C reaches the sandbox too when both share a terminal; SIGTERM to the tool alone stops it through the pipe.
        await using (cancellationToken.Register(() => process.StandardInput.Close()))
        {
            await process.WaitForExitAsync(CancellationToken.None);
        }

        await Task.WhenAll(stdout, stderr);
        return process.ExitCode;
    }

    // Chunks, not lines: a line the sandbox has not finished yet still shows.
    private static async Task CopyAsync(StreamReader from, TextWriter to)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await from.ReadAsync(buffer, CancellationToken.None)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, read), CancellationToken.None);
            await to.FlushAsync(CancellationToken.None);
        }
    }
}
