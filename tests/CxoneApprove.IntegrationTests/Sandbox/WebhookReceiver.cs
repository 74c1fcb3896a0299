using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CxoneApprove.IntegrationTests.Sandbox;

/// <summary>A dashboard stand-in on 127.0.0.1: a second tiny Kestrel that keeps every POST it receives.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedWebhook> _received = Channel.CreateUnbounded<ReceivedWebhook>();

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = string.Empty;

    public static async Task<WebhookReceiver> StartAsync(int status = 204)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var receiver = new WebhookReceiver(builder.Build());
        receiver._app.MapPost("/hooks/compliance", async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            await receiver._received.Writer.WriteAsync(
                new ReceivedWebhook(context.Request.Headers["X-Cxone-Signature"].ToString(), context.Request.ContentType, buffer.ToArray()),
                context.RequestAborted);
            context.Response.StatusCode = status;
        });
        await receiver._app.StartAsync(SandboxTestClient.Ct);
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address.TrimEnd('/') + "/hooks/compliance";
        return receiver;
    }

    /// <summary>The next delivery; fails the test rather than hanging when none comes.</summary>
    public async Task<ReceivedWebhook> NextAsync() =>
        await _received.Reader.ReadAsync(SandboxTestClient.Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(10), SandboxTestClient.Ct);

    public bool TryTakeReceived(out ReceivedWebhook? webhook) => _received.Reader.TryRead(out webhook);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
