using System.Text.Json;
using CxoneApprove.Cli;
using CxoneApprove.Cli.Sandbox;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>What one run of the real CLI entry point produced.</summary>
internal sealed record CliOutcome(int ExitCode, string Stdout, string Stderr, SandboxServer? InProcessSandbox)
{
    public JsonElement Json => JsonDocument.Parse(Stdout).RootElement;

    public JsonElement Template(int index = 0) => Json.GetProperty("templates")[index];

    public JsonElement Step(string name, int template = 0) =>
        Template(template).GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);
}

/// <summary>
/// Runs <see cref="CliApp.RunAsync"/> — the same entry point as the executable — with captured streams, its own
/// environment variables (the process's are never read) and a private state directory.
/// </summary>
internal sealed class CliRun : IDisposable
{
    private readonly Dictionary<string, string?> _environment = new(StringComparer.Ordinal);

    public CliRun()
    {
        StateDirectory = Directory.CreateTempSubdirectory("cxone-approve-test-").FullName;
        _environment["XDG_STATE_HOME"] = StateDirectory;
        _environment["HOME"] = StateDirectory;
    }

    public string StateDirectory { get; }

    public string Stdin { get; set; } = "";

    public Action<SandboxOptions>? ConfigureSandbox { get; set; }

    /// <summary>
    /// Set: <c>--sandbox</c> and <c>sandbox</c> run this executable as a child process, as the tool does. Unset: the
    /// sandbox of <c>--sandbox</c> is hosted in the test's process (<see cref="InProcessSandbox"/>).
    /// </summary>
    public SandboxExecutable? SandboxExecutable { get; set; }

    /// <summary>Whether stdout and stderr look like a terminal to the CLI.</summary>
    public bool Terminal { get; set; }

    /// <summary>The tool's clock; the system's unless a test drives it (the sandbox keeps its own).</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>Whether stdin looks like a terminal (a secret on <c>-</c> is then prompted for).</summary>
    public bool StdinTerminal { get; set; }

    /// <summary>Answers the CLI's secret prompt on a terminal.</summary>
    public Func<string, string?> PromptSecret { get; set; } = _ => null;

    /// <summary>Plays Ctrl+C when cancelled (the CLI's invocation token).</summary>
    public CancellationTokenSource? Cancel { get; set; }

    public CliRun With(string name, string? value)
    {
        _environment[name] = value;
        return this;
    }

    /// <summary>Points the CLI at <paramref name="sandbox"/> with its demo credentials, through environment variables.</summary>
    public CliRun Against(SandboxServer sandbox) => With("CXONE_BASE_URL", sandbox.BaseUrl.ToString())
        .With("CXONE_CLIENT_ID", DemoCredentials.ClientId)
        .With("CXONE_CLIENT_SECRET", DemoCredentials.ClientSecret);

    /// <summary>Runs the CLI with <paramref name="args"/>; the test's cancellation token plays Ctrl+C.</summary>
    public async Task<CliOutcome> RunAsync(params string[] args)
    {
        var cancellationToken = Cancel?.Token ?? TestContext.Current.CancellationToken;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        SandboxServer? started = null;
        var context = new CliContext
        {
            Stdout = TextWriter.Synchronized(stdout),
            Stderr = TextWriter.Synchronized(stderr),
            Stdin = new StringReader(Stdin),
            Environment = name => _environment.TryGetValue(name, out var value) ? value : null,
            SandboxExecutable = SandboxExecutable ?? SandboxExecutable.BesideTool(),
            SandboxLauncher = SandboxExecutable is { } executable
                ? new SandboxChildLauncher(executable)
                : new InProcessSandbox(ConfigureSandbox, server => started = server),
            Time = Time,
            StdinIsTerminal = StdinTerminal,
            PromptSecret = PromptSecret,
            StdoutIsTerminal = Terminal,
            StderrIsTerminal = Terminal,
        };
        var exit = await CliApp.RunAsync(args, context, cancellationToken);
        return new CliOutcome(exit, stdout.ToString(), stderr.ToString(), started);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(StateDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
