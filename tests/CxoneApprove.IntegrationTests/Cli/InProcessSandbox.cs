using CxoneApprove.Cli;
using CxoneApprove.Cli.Sandbox;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Faults;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>
/// Hosts the sandbox of <c>--sandbox</c> in the test's own process, where a test can adjust it before it starts
/// (<paramref name="configure"/>: a fake clock, request hooks) and look at what it recorded (<paramref name="started"/>).
/// The tool's own launcher runs the executable instead (<c>SandboxChildProcessTests</c>).
/// </summary>
internal sealed class InProcessSandbox(Action<SandboxOptions>? configure = null, Action<SandboxServer>? started = null) : ISandboxLauncher
{
    public async Task<RunningSandbox> StartAsync(IReadOnlyList<string> faults, CancellationToken cancellationToken)
    {
        var options = new SandboxOptions { Port = 0 };
        foreach (var spec in faults)
        {
            try
            {
                options.Faults.Add(FaultRule.Parse(spec));
            }
            catch (FormatException ex)
            {
                // The executable's words, under the tool's option name.
                throw new UsageException($"--sandbox-fault: {ex.Message}");
            }
        }

        configure?.Invoke(options);
        var server = await SandboxServer.StartAsync(options, cancellationToken);
        started?.Invoke(server);
        return new RunningSandbox(server.BaseUrl, DemoCredentials.ClientId, DemoCredentials.ClientSecret, server.DisposeAsync);
    }
}
