using System.CommandLine;
using CxoneApprove.Cli.Help;
using CxoneApprove.Diagnostics;

namespace CxoneApprove.Cli;

/// <summary>
/// A command's way out: its output settings, the run's <see cref="SecretRedactor"/>, and stdout/stderr writers that
/// mask every secret the run learns. Every command that talks to CXone writes through one of these.
/// </summary>
internal sealed class CommandOutput : IDisposable
{
    private readonly RedactingWriter _stdout;
    private readonly RedactingWriter _stderr;

    private readonly string _helpPointer;

    private CommandOutput(OutputSettings settings, CliContext context, string helpPointer)
    {
        Settings = settings;
        _helpPointer = helpPointer;
        _stdout = new RedactingWriter(context.Stdout, Redactor);
        _stderr = new RedactingWriter(context.Stderr, Redactor);
    }

    public OutputSettings Settings { get; }

    public SecretRedactor Redactor { get; } = new();

    public TextWriter Stdout => _stdout;

    public TextWriter Stderr => _stderr;

    public static CommandOutput Create(ParseResult parse, CliOptions options, CliContext context) =>
        new(SettingsResolver.Output(parse, options), context, HelpText.Pointer(parse));

    /// <summary>Reports a usage error (stderr, and the JSON document under --output json) and returns exit 2.</summary>
    public int Usage(string message, bool jsonDocument = true)
    {
        foreach (var line in message.Split('\n'))
        {
            _stderr.WriteLine($"error: {line}");
        }

        _stderr.WriteLine(_helpPointer);
        if (Settings.Json && jsonDocument)
        {
            _stdout.Write(JsonRenderer.UsageError(message));
        }

        Flush();
        return ExitCodes.Usage;
    }

    public void Flush()
    {
        _stdout.Flush();
        _stderr.Flush();
    }

    public void Dispose()
    {
        _stdout.Dispose();
        _stderr.Dispose();
    }
}
