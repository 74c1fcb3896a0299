using CxoneApprove.Sandbox.Faults;
using CxoneApprove.Sandbox.Http;
using CxoneApprove.Sandbox.Throttling;

namespace CxoneApprove.Sandbox;

/// <summary>
/// How a <see cref="SandboxServer"/> behaves. Each <see cref="SandboxServer.StartAsync"/> reads these once;
/// changing them afterwards has no effect on a running server.
/// </summary>
public sealed class SandboxOptions
{
    /// <summary>TCP port on 127.0.0.1. 0 (the default) picks a free ephemeral port. The sandbox never binds any other address.</summary>
    public int Port { get; set; }

    /// <summary>How long an issued access token stays valid, measured on <see cref="TimeProvider"/>. Default one hour.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Requests per second the sandbox accepts before answering 429 with a whole-second <c>Retry-After</c> (at least 1).
    /// A token bucket that holds up to <c>ceil(RequestsPerSecond)</c> requests, refilled on <see cref="TimeProvider"/>,
    /// shared by every client (one organization's limit). It counts every request except the sign-in endpoints
    /// (<c>/oauth/token</c>, <c>/auth/token</c>, <c>/.well-known/…</c>), so a client can always obtain a token.
    /// <see langword="null"/> (the default) means no limit.
    /// </summary>
    public double? RequestsPerSecond { get; set; }

    /// <summary>The rate-limit headers sent with every answer the limit counts; only with <see cref="RequestsPerSecond"/>.</summary>
    public RateLimitHeaders RateLimitHeaders { get; set; } = RateLimitHeaders.XRateLimit;

    /// <summary>Injected faults, checked in order before rate limiting, authentication and routing. See <see cref="FaultRule"/>.</summary>
    public IList<FaultRule> Faults { get; } = new List<FaultRule>();

    /// <summary>
    /// Serve HTTPS with a self-signed certificate for 127.0.0.1, ::1 and localhost, made at start (see
    /// <see cref="SandboxServer.CertificatePem"/>). Default: plain HTTP.
    /// </summary>
    public bool UseHttps { get; set; }

    /// <summary>With <see cref="UseHttps"/>: a file to write the certificate to as PEM, for clients' <c>SSL_CERT_FILE</c>.</summary>
    public string? CertificateFile { get; set; }

    /// <summary>
    /// How many of the latest requests <see cref="SandboxServer.Requests"/> keeps, with their headers and bodies; older ones
    /// are let go (the counts of <c>/_sandbox/stats</c> still include them). <see langword="null"/> (the default) keeps
    /// every one, for tests; the standalone executable keeps none.
    /// </summary>
    public int? RequestHistoryLimit { get; set; }

    /// <summary>Clock for token expiry, the rate limiter, fault latency and timestamps. Tests pass a FakeTimeProvider.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Called once per request when its status is known, just before the response is sent (or when a fault closed its
    /// connection). Carries method, path, status and elapsed time only (never headers or bodies). Exceptions it throws are ignored.
    /// </summary>
    public Action<SandboxRequestLog>? RequestLogged { get; set; }

    /// <summary>
    /// Called with (method, raw path) when a request arrives, before faults, rate limiting and handling.
    /// Lets a test change the world at a precise moment, e.g. <see cref="SandboxServer.ExpireAllTokens"/> when the PUT arrives.
    /// </summary>
    public Action<string, string>? BeforeRequest { get; set; }
}
