namespace CxoneApprove.Cli.Sandbox;

/// <summary>
/// Starts the sandbox a <c>--sandbox</c> run talks to. The tool's own launcher runs the sandbox executable as a child
/// process (<see cref="SandboxChildLauncher"/>); integration tests host it in their own process instead.
/// </summary>
internal interface ISandboxLauncher
{
    /// <summary>
    /// Starts a fresh sandbox on a free loopback port, injecting <paramref name="faults"/> (the <c>--sandbox-fault</c>
    /// specs as typed). Throws <see cref="UsageException"/> for a malformed fault or a sandbox that cannot be found.
    /// </summary>
    Task<RunningSandbox> StartAsync(IReadOnlyList<string> faults, CancellationToken cancellationToken);
}
