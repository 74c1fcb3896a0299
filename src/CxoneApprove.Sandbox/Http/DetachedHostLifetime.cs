using Microsoft.Extensions.Hosting;

namespace CxoneApprove.Sandbox.Http;

/// <summary>
/// A host lifetime that ignores Ctrl+C and SIGTERM: whoever hosts the server (the tool, a test, or the sandbox's own
/// entry point) owns the signals and stops it. (The default console lifetime would swallow Ctrl+C and stop the server
/// under its host.)
/// </summary>
internal sealed class DetachedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
