using CxoneApprove.Auth;
using CxoneApprove.Diagnostics;
using CxoneApprove.Http;
using Microsoft.Extensions.Http.Resilience;
using Serilog;

namespace CxoneApprove.Api;

/// <summary>Where and as whom the client talks.</summary>
internal sealed record ClientConfig(Uri BaseUrl, ClientCredentials Credentials, HttpSettings Http)
{
    /// <summary>Client-side cap in requests per second (<c>--rate-limit</c>); null: pacing learns the rate from the server.</summary>
    public double? RateLimit { get; init; }
}

/// <summary>
/// One run's connection to CXone, built by hand (no container: a one-shot process should not pay for one). Every call
/// goes through one handler chain, outermost first: retry (backoff, Retry-After, replayable requests only) →
/// per-attempt timeout → pacing (always; capped by --rate-limit) → bearer token (401 → refresh once) → diagnostics → bounded
/// body read → transport. The token request takes the same chain without the bearer step, over the same transport,
/// so a run opens one connection pool.
/// </summary>
internal sealed class CxoneConnection : IDisposable
{
    private readonly HttpClient _tokenHttp;
    private readonly HttpClient _apiHttp;
    private readonly HttpMessageHandler? _ownedTransport;

    private CxoneConnection(HttpClient tokenHttp, HttpClient apiHttp, HttpMessageHandler? ownedTransport, TokenProvider tokens, CxoneClient client)
    {
        _tokenHttp = tokenHttp;
        _apiHttp = apiHttp;
        _ownedTransport = ownedTransport;
        Tokens = tokens;
        Client = client;
    }

    /// <summary>The run's token cache.</summary>
    public TokenProvider Tokens { get; }

    /// <summary>The typed client.</summary>
    public CxoneClient Client { get; }

    /// <summary>The API's HttpClient with the whole chain (tests send raw requests through it).</summary>
    public HttpClient ApiHttp => _apiHttp;

    /// <summary>
    /// Opens a connection. <paramref name="transport"/> replaces the network (tests); <paramref name="time"/> drives
    /// token expiry, backoff and timeouts.
    /// </summary>
    public static CxoneConnection Open(ClientConfig config, TimeProvider time, ILogger log, SecretRedactor redactor,
        HttpMessageHandler? transport = null)
    {
        var owned = transport is null ? NewTransport(config.BaseUrl) : null;
        transport ??= owned!;
        var settings = config.Http;
        var retry = RetryPipeline.Build(settings, time, log);
        var limiter = new AdaptiveRateLimiter(config.RateLimit, time);
        var reader = new ResponseReader(redactor);
        var caller = new ApiCaller(reader);

        var tokenHttp = NewClient(config.BaseUrl, Chain(retry, limiter, null, settings, time, log, redactor, transport));
        var tokens = new TokenProvider(new OAuthTokenClient(tokenHttp, caller, config.Credentials), time, redactor);
        var apiHttp = NewClient(config.BaseUrl, Chain(retry, limiter, new BearerTokenHandler(tokens), settings, time, log, redactor, transport));
        return new CxoneConnection(tokenHttp, apiHttp, owned, tokens, new CxoneClient(apiHttp, caller));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _apiHttp.Dispose();
        _tokenHttp.Dispose();
        _ownedTransport?.Dispose();
        Tokens.Dispose();
    }

    private static SocketsHttpHandler NewTransport(Uri baseUrl) => new()
    {
        ConnectTimeout = TimeSpan.FromSeconds(15),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        // A loopback host (the sandbox, a local proxy) is never reached through an HTTP(S)_PROXY.
        UseProxy = !baseUrl.IsLoopback,
        // An API answer that redirects is reported (exit 8), not followed: a followed redirect would replay a
        // PUT or POST somewhere the operator never named.
        AllowAutoRedirect = false,
    };

    private static DelegatingHandler Chain(Polly.ResiliencePipeline<HttpResponseMessage> retry, AdaptiveRateLimiter limiter,
        BearerTokenHandler? bearer, HttpSettings settings, TimeProvider time, ILogger log, SecretRedactor redactor, HttpMessageHandler transport)
    {
        DelegatingHandler[] handlers =
        [
            new ResilienceHandler(retry),
            // Inside the retry: every attempt, retries included, waits for a slot.
            new RateLimitHandler(limiter, time, settings.MaxDelay),
            .. bearer is null ? Array.Empty<DelegatingHandler>() : [bearer],
            new DiagnosticsHandler(log, redactor, time),
            new ResponseBufferingHandler(settings),
        ];
        for (var i = 0; i < handlers.Length - 1; i++)
        {
            handlers[i].InnerHandler = handlers[i + 1];
        }

        handlers[^1].InnerHandler = new SharedTransport(transport);
        return handlers[0];
    }

    private static HttpClient NewClient(Uri baseUrl, DelegatingHandler chain)
    {
        var client = new HttpClient(chain)
        {
            BaseAddress = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/"),
            // Total and per-attempt time live in the pipeline; HttpClient's own timeout would cut across retries.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd($"cxone-approve/{typeof(CxoneConnection).Assembly.GetName().Version?.ToString(3) ?? "0"}");
        return client;
    }

    /// <summary>Lets two chains share one transport (one connection pool); disposing either chain leaves it open.</summary>
    private sealed class SharedTransport(HttpMessageHandler transport) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _invoker = new(transport, disposeHandler: false);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            _invoker.SendAsync(request, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _invoker.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
