using CxoneApprove.Cli.Sandbox;

namespace CxoneApprove.Cli;

/// <summary>
/// Everything a command takes from its surroundings: streams, environment variables, the clock, and hooks
/// for tests. <see cref="FromConsole"/> is the real process; tests build their own.
/// </summary>
internal sealed class CliContext
{
    private ISandboxLauncher? _sandboxLauncher;

    public required TextWriter Stdout { get; init; }

    public required TextWriter Stderr { get; init; }

    public TextReader Stdin { get; init; } = TextReader.Null;

    /// <summary>Standard input as raw bytes (webhook bodies must be verified byte for byte).</summary>
    public Func<Stream> OpenStdin { get; init; } = () => Stream.Null;

    /// <summary>Reads a text file the user named; <c>-</c> is standard input.</summary>
    public string ReadFile(string path) => path == "-" ? Stdin.ReadToEnd() : File.ReadAllText(path);

    /// <summary>Reads an environment variable; null when unset.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Whether stdin is a terminal (a secret asked for on <c>-</c> is then prompted for, not read as a stream).</summary>
    public bool StdinIsTerminal { get; init; }

    /// <summary>Asks the person at the terminal for a secret without echoing it; null when none was typed.</summary>
    public Func<string, string?> PromptSecret { get; init; } = _ => null;

    /// <summary>Whether stdout is a terminal (live progress and colour only then).</summary>
    public bool StdoutIsTerminal { get; init; }

    /// <summary>Whether stderr is a terminal.</summary>
    public bool StderrIsTerminal { get; init; }

    /// <summary>Columns of the terminal stdout is, or null off a terminal (help then wraps at COLUMNS, or 80).</summary>
    public int? TerminalWidth { get; init; }
    /// <summary>Columns of the terminal, for the status line; null asks the console each time (it may be resized).</summary>
    public Func<int>? StatusLineWidth { get; init; }

    /// <summary>Replaces the network under the HTTP pipeline (tests only).</summary>
    public Func<HttpMessageHandler>? PrimaryHandler { get; init; }

    /// <summary>The sandbox executable that <c>sandbox</c> runs, and <c>--sandbox</c> unless tests replace the launcher.</summary>
    public SandboxExecutable SandboxExecutable { get; init; } = SandboxExecutable.BesideTool();

    /// <summary>Starts the sandbox of <c>--sandbox</c>: the executable as a child process, unless tests host one themselves.</summary>
    public ISandboxLauncher SandboxLauncher
    {
        get => _sandboxLauncher ??= new SandboxChildLauncher(SandboxExecutable);
        init => _sandboxLauncher = value;
    }

    /// <summary>The real console.</summary>
    public static CliContext FromConsole() => new()
    {
        Stdout = Console.Out,
        Stderr = Console.Error,
        Stdin = Console.In,
        OpenStdin = Console.OpenStandardInput,
        StdinIsTerminal = !Console.IsInputRedirected,
        PromptSecret = TerminalPrompt.ReadSecret,
        StdoutIsTerminal = !Console.IsOutputRedirected,
        StderrIsTerminal = !Console.IsErrorRedirected,
        TerminalWidth = Console.IsOutputRedirected ? null : ConsoleWidth(),
    };

    private static int? ConsoleWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
