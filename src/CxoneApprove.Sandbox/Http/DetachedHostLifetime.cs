using Microsoft.Extensions.Hosting;

namespace CxoneApprove.Sandbox.Http;

/// <summary>
/// A host lifetime that ignores Ctrl+C and SIGTERM: the sandbox runs inside the CLI, which owns the signals and
/// stops the sandbox itself. (The default console lifetime would swallow Ctrl+C and stop the server under the CLI.)
/// </summary>
internal sealed class DetachedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
