using CxoneApprove.Sandbox;

namespace CxoneApprove.Cli;

/// <summary>
/// Everything a command takes from its surroundings: streams, environment variables, the clock, and hooks
/// for tests. <see cref="FromConsole"/> is the real process; tests build their own.
/// </summary>
internal sealed class CliContext
{
    public required TextWriter Stdout { get; init; }

    public required TextWriter Stderr { get; init; }

    public TextReader Stdin { get; init; } = TextReader.Null;

    /// <summary>Standard input as raw bytes (webhook bodies must be verified byte for byte).</summary>
    public Func<Stream> OpenStdin { get; init; } = () => Stream.Null;

    /// <summary>Reads an environment variable; null when unset.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Whether stdout is a terminal (live progress and colour only then).</summary>
    public bool StdoutIsTerminal { get; init; }

    /// <summary>Whether stderr is a terminal.</summary>
    public bool StderrIsTerminal { get; init; }

    /// <summary>Columns of the terminal, for the status line; null asks the console each time (it may be resized).</summary>
    public Func<int>? TerminalWidth { get; init; }

    /// <summary>Replaces the network under the HTTP pipeline (tests only).</summary>
    public Func<HttpMessageHandler>? PrimaryHandler { get; init; }

    /// <summary>Adjusts the in-process sandbox of <c>--sandbox</c> before it starts (tests only).</summary>
    public Action<SandboxOptions>? ConfigureSandbox { get; init; }

    /// <summary>Called with the in-process sandbox once it runs (tests only).</summary>
    public Action<SandboxServer>? SandboxStarted { get; init; }

    /// <summary>The real console.</summary>
    public static CliContext FromConsole() => new()
    {
        Stdout = Console.Out,
        Stderr = Console.Error,
        Stdin = Console.In,
        OpenStdin = Console.OpenStandardInput,
        StdoutIsTerminal = !Console.IsOutputRedirected,
        StderrIsTerminal = !Console.IsErrorRedirected,
    };
}
