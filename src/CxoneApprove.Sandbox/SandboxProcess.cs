using System.CommandLine;
using System.Runtime.InteropServices;
using CxoneApprove.Sandbox.CommandLine;

namespace CxoneApprove.Sandbox;

/// <summary>
/// The <c>cxone-approve-sandbox</c> executable: parses its command line, serves until told to stop, and exits 0 after a
/// clean stop, 2 on a usage error (bad option, malformed fault, port taken, certificate file unwritable), 1 on anything
/// unexpected; each error is one line on stderr.
/// </summary>
internal static class SandboxProcess
{
    public const int Stopped = 0;
    public const int Internal = 1;
    public const int Usage = 2;

    /// <summary>
    /// Set by a program that runs this one in its place (<c>cxone-approve sandbox</c>): the command the person typed, which
    /// a usage error's pointer to <c>--help</c> names instead of this executable's own name.
    /// </summary>
    public const string InvokedAsVariable = "CXONE_SANDBOX_INVOKED_AS";

    /// <summary>Runs the executable; <paramref name="stop"/> plays the part of SIGINT/SIGTERM. Never throws.</summary>
    public static async Task<int> RunAsync(
        string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> stdin, CancellationToken stop, string? invokedAs = null)
    {
        try
        {
            var root = SandboxCommandLine.Create((settings, _) => ServeAsync(settings, stdout, stderr, stdin, stop));
            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    await stderr.WriteLineAsync($"error: {error.Message}");
                }

                await stderr.WriteLineAsync($"Run '{(string.IsNullOrWhiteSpace(invokedAs) ? SandboxCommandLine.Name : invokedAs)} --help' for usage.");
                return Usage;
            }

            // Signals are ours (see Main): the parser's own handling would exit 130 instead of stopping cleanly.
            return await parse.InvokeAsync(
                new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null },
                CancellationToken.None);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return Stopped; // stopped while still starting
        }
        catch (IOException error)
        {
            await stderr.WriteLineAsync($"error: {error.Message}");
            return Usage;
        }
        catch (Exception error)
        {
            await stderr.WriteLineAsync($"error: the sandbox failed unexpectedly: {error.Message.Split('\n', 2)[0]}");
            return Internal;
        }
    }

    private static async Task<int> ServeAsync(LaunchSettings settings, TextWriter stdout, TextWriter stderr, Func<Stream> stdin, CancellationToken stop)
    {
        var options = new SandboxOptions
        {
            Port = settings.Port,
            RequestsPerSecond = settings.RequestsPerSecond,
            RateLimitHeaders = settings.RateLimitHeaders,
            TokenLifetime = settings.TokenLifetime,
            UseHttps = settings.UseHttps,
            CertificateFile = settings.CertificateFile is null ? null : Path.GetFullPath(settings.CertificateFile),
            // Nothing outside this process can read recorded requests (the stats count them), and one left running
            // for days must not grow without end.
            RequestHistoryLimit = 0,
            RequestLogged = settings.Quiet ? null : entry => stderr.WriteLine(RequestLogLine.Format(entry)),
        };
        foreach (var fault in settings.Faults)
        {
            options.Faults.Add(fault);
        }

        await using var server = await SandboxServer.StartAsync(options, stop);
        if (settings.Announce == AnnounceFormat.Json)
        {
            await stdout.WriteLineAsync(Announcement.Line(server.Origin, options.CertificateFile));
            await stdout.FlushAsync(CancellationToken.None);
        }
        else
        {
            Banner.Write(stdout, server.Origin, options.CertificateFile);
        }

        using var eof = settings.ExitOnStdinEof ? CancellationTokenSource.CreateLinkedTokenSource(stop) : null;
        if (eof is not null)
        {
            _ = WatchStdinAsync(stdin, eof);
        }

        try
        {
            await server.WaitForShutdownAsync(eof?.Token ?? stop);
        }
        catch (OperationCanceledException)
        {
            // A signal or the end of stdin is how this server is meant to stop.
        }

        return Stopped;
    }

    /// <summary>Reads stdin to its end (a parent's pipe closes when the parent dies, however it dies), then stops.</summary>
    private static Task WatchStdinAsync(Func<Stream> stdin, CancellationTokenSource stop) => Task.Run(async () =>
    {
        try
        {
            await using var input = stdin();
            var buffer = new byte[256];
            while (await input.ReadAsync(buffer, stop.Token) > 0)
            {
                // What a parent writes is ignored: only the end of the stream means something.
            }
        }
        catch (Exception error) when (error is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // A broken pipe is an end too.
        }

        await stop.CancelAsync();
    });

    /// <summary>The process entry point: SIGINT and SIGTERM stop the server cleanly (exit 0).</summary>
    public static async Task<int> Main(string[] args)
    {
        using var stop = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        return await RunAsync(args, Console.Out, Console.Error, Console.OpenStandardInput, stop.Token,
            Environment.GetEnvironmentVariable(InvokedAsVariable));
    }
}
