using System.Net;
using System.Security.Cryptography.X509Certificates;
using CxoneApprove.Sandbox.Auth;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Http;
using CxoneApprove.Sandbox.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CxoneApprove.Sandbox;

/// <summary>
/// An in-process emulation of the CXone API on 127.0.0.1, with demo credentials (<see cref="DemoCredentials"/>),
/// demo templates (<see cref="DemoTemplates"/>) and fault injection (<see cref="Faults.FaultRule"/>). Each server starts
/// with fresh state. Dispose it (or call <see cref="StopAsync"/>) to free the port.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private const long MaxRequestBodyBytes = 1024 * 1024;

    private readonly WebApplication _app;
    private readonly RequestRecorder _recorder;
    private readonly TokenIssuer _tokens;
    private readonly WebhookDispatcher _webhooks;
    private readonly TimeProvider _timeProvider;
    private readonly X509Certificate2? _certificate;
    private readonly Lock _stopGate = new();
    private Task? _stopping;

    private SandboxServer(WebApplication app, RequestRecorder recorder, TokenIssuer tokens, WebhookDispatcher webhooks, SandboxState state, TimeProvider timeProvider, X509Certificate2? certificate)
    {
        _app = app;
        _recorder = recorder;
        _tokens = tokens;
        _webhooks = webhooks;
        _timeProvider = timeProvider;
        _certificate = certificate;
        State = state;
    }

    /// <summary>
    /// The root URL, e.g. <c>http://127.0.0.1:41234/</c>. <see cref="Uri"/> always ends an empty path with <c>/</c>;
    /// use <see cref="Origin"/> for the same address without it.
    /// </summary>
    public Uri BaseUrl => new(Origin + "/");

    /// <summary>
    /// The scheme, host and port without a trailing slash, e.g. <c>http://127.0.0.1:41234</c> (<c>https://</c> with
    /// <see cref="SandboxOptions.UseHttps"/>): what to print or pass as <c>--base-url</c>. Also the CXone sign-in's issuer.
    /// </summary>
    public string Origin { get; private set; } = string.Empty;

    /// <summary>With <see cref="SandboxOptions.UseHttps"/>, the server's certificate as PEM (for a client to trust); else null.</summary>
    public string? CertificatePem => _certificate?.ExportCertificatePem();

    /// <summary>Every request answered so far, in the order the answers started (arrival order unless latency reorders them): a snapshot.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _recorder.Requests;

    /// <summary>Templates, A2P registrations, webhooks, audit logs and webhook deliveries, as read-only snapshots.</summary>
    public SandboxState State { get; }

    /// <summary>Starts a sandbox on 127.0.0.1 and returns once it accepts connections.</summary>
    /// <exception cref="ArgumentException">An option is out of range (port, token lifetime, requests per second) or null.</exception>
    /// <exception cref="IOException">The port is taken, or the certificate file cannot be written; the message says which.</exception>
    public static async Task<SandboxServer> StartAsync(SandboxOptions options, CancellationToken cancellationToken = default)
    {
        Check(options);
        var certificate = options.UseHttps ? LoopbackCertificate.Create() : null;
        var app = Build(options, certificate);
        var state = new SandboxState();
        var tokens = new TokenIssuer(options.TimeProvider, options.TokenLifetime);
        var webhooks = new WebhookDispatcher(state, options.TimeProvider);
        var recorder = new RequestRecorder(options.TimeProvider, options.RequestLogged, options.BeforeRequest, options.RequestHistoryLimit);
        var server = new SandboxServer(app, recorder, tokens, webhooks, state, options.TimeProvider, certificate);
        SandboxPipeline.Map(app, options, state, tokens, webhooks, recorder);

        try
        {
            if (certificate is not null && options.CertificateFile is { } path)
            {
                await WriteCertificateAsync(path, certificate, cancellationToken);
            }

            await app.StartAsync(cancellationToken);
        }
        catch (Exception error)
        {
            // e.g. "address already in use" for a fixed port: free what was built before the caller sees the error.
            await webhooks.DisposeAsync();
            await app.DisposeAsync();
            certificate?.Dispose();
            throw error is IOException && !error.Message.StartsWith("cannot write", StringComparison.Ordinal)
                ? new IOException($"cannot listen on 127.0.0.1:{options.Port}: {FirstLine(error.Message)}", error)
                : error;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.Origin = $"{(certificate is null ? "http" : "https")}://127.0.0.1:{new Uri(address).Port}";
        return server;
    }

    /// <summary>Expires every token issued so far: the next call with any of them gets 401. New tokens work.</summary>
    public void ExpireAllTokens() => _tokens.ExpireAll();

    /// <summary>
    /// Simulates another workflow editing the template: bumps its version (so a held ETag is stale) and
    /// <c>meta.updated_at</c>, content and status unchanged. Returns the edited template.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No template has this id.</exception>
    public SandboxTemplate SimulateConcurrentEdit(string templateId)
    {
        ArgumentNullException.ThrowIfNull(templateId);
        var update = State.Update(templateId, current => current with
        {
            Version = current.Version + 1,
            UpdatedAt = _timeProvider.GetUtcNow(),
        });
        return update?.After ?? throw new KeyNotFoundException($"template {templateId} does not exist");
    }

    /// <summary>Completes when every webhook delivery started so far has finished and is in <see cref="SandboxState.WebhookDeliveries"/>.</summary>
    public Task WaitForWebhookDeliveriesAsync(CancellationToken cancellationToken = default) =>
        _webhooks.WaitForDeliveriesAsync(cancellationToken);

    /// <summary>Stops accepting requests, lets in-flight ones finish, and cancels pending webhook deliveries. Safe to call twice.</summary>
    public Task StopAsync(CancellationToken ct = default)
    {
        lock (_stopGate)
        {
            return _stopping ??= StopCoreAsync(ct);
        }
    }

    /// <summary>
    /// For a foreground <c>sandbox</c> command: runs until <paramref name="ct"/> is cancelled (Ctrl+C) or
    /// <see cref="StopAsync"/> is called, then stops the server and returns normally.
    /// </summary>
    public async Task WaitForShutdownAsync(CancellationToken ct)
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (ct.Register(() => stopped.TrySetResult()))
        using (_app.Lifetime.ApplicationStopping.Register(() => stopped.TrySetResult()))
        {
            await stopped.Task;
        }

        await StopAsync(CancellationToken.None);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _certificate?.Dispose();
    }

    private async Task StopCoreAsync(CancellationToken ct)
    {
        await _app.StopAsync(ct);
        await _webhooks.DisposeAsync();
    }

    private static void Check(SandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, nameof(options.Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort, nameof(options.Port));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.TokenLifetime, TimeSpan.Zero, nameof(options.TokenLifetime));
        if (options.RequestsPerSecond is { } rate && !(rate > 0 && double.IsFinite(rate)))
        {
            throw new ArgumentOutOfRangeException(nameof(options), rate, "RequestsPerSecond must be a positive number.");
        }

        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options.TimeProvider));
    }

    private static WebApplication Build(SandboxOptions options, X509Certificate2? certificate)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(SandboxServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });

        // Nothing from the user's environment or working directory may reconfigure the sandbox (ASPNETCORE_URLS,
        // a Kestrel section in some appsettings.json): it serves loopback only, quietly.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, DetachedHostLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.Listen(IPAddress.Loopback, options.Port, listen =>
            {
                if (certificate is not null)
                {
                    listen.UseHttps(certificate);
                }
            });
        });
        return builder.Build();
    }

    private static async Task WriteCertificateAsync(string path, X509Certificate2 certificate, CancellationToken cancellationToken)
    {
        try
        {
            await File.WriteAllTextAsync(path, certificate.ExportCertificatePem() + "\n", cancellationToken);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write the certificate to {path}: {FirstLine(error.Message)}", error);
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
