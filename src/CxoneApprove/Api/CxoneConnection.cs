using CxoneApprove.Auth;
using CxoneApprove.Diagnostics;
using CxoneApprove.Http;
using Serilog;

namespace CxoneApprove.Api;

/// <summary>Where and as whom the client talks.</summary>
/// <param name="BaseUrl">The API host; null with the CXone sign-in, which finds the tenant's host itself.</param>
internal sealed record ClientConfig(Uri? BaseUrl, ClientCredentials Credentials, HttpSettings Http)
{
    /// <summary>Client-side cap in requests per second (<c>--rate-limit</c>); null: pacing learns the rate from the server.</summary>
    public double? RateLimit { get; init; }

    /// <summary>The CXone sign-in (access key, OpenID discovery); null for the client-credentials grant.</summary>
    public SignInSettings? SignIn { get; init; }
}

/// <summary>
/// One run's connection to CXone, built by hand (no container: a one-shot process should not pay for one). Every call
/// goes through one handler chain, outermost first: retry (backoff, Retry-After, replayable requests only) →
/// per-attempt timeout → pacing (always; capped by --rate-limit) → bearer token (401 → refresh once) → tenant host (CXone
/// sign-in) → diagnostics → bounded body read → transport. The token requests take the same chain without the bearer
/// step, over the same transport, so a run opens one connection pool.
/// </summary>
internal sealed class CxoneConnection : IDisposable
{
    private readonly HttpClient _tokenHttp;
    private readonly HttpClient _apiHttp;
    private readonly HttpMessageHandler? _ownedTransport;
    private readonly ClientConfig _config;

    private CxoneConnection(ClientConfig config, HttpClient tokenHttp, HttpClient apiHttp, HttpMessageHandler? ownedTransport,
        ObservedTokenSource source, CxoneSignIn? signIn, TokenProvider tokens, CxoneClient client)
    {
        _config = config;
        _tokenHttp = tokenHttp;
        _apiHttp = apiHttp;
        _ownedTransport = ownedTransport;
        TokenSource = source;
        SignIn = signIn;
        Tokens = tokens;
        Client = client;
    }

    /// <summary>The run's token cache.</summary>
    public TokenProvider Tokens { get; }

    /// <summary>The sign-in behind <see cref="Tokens"/>, with the last token it issued.</summary>
    public ObservedTokenSource TokenSource { get; }

    /// <summary>The CXone sign-in, when it is the one in use (what it discovered).</summary>
    public CxoneSignIn? SignIn { get; }

    /// <summary>The typed client.</summary>
    public CxoneClient Client { get; }

    /// <summary>The API's HttpClient with the whole chain (tests send raw requests through it).</summary>
    public HttpClient ApiHttp => _apiHttp;

    /// <summary>Where API calls go: the given host, or the tenant's once the CXone sign-in has found it (null before).</summary>
    public Uri? ApiBaseUrl => _config.BaseUrl ?? SignIn?.ApiBaseUrl;

    /// <summary>
    /// Opens a connection. <paramref name="transport"/> replaces the network (tests); <paramref name="time"/> drives
    /// token expiry, backoff and timeouts.
    /// </summary>
    public static CxoneConnection Open(ClientConfig config, TimeProvider time, ILogger log, SecretRedactor redactor,
        HttpMessageHandler? transport = null)
    {
        var address = config.BaseUrl ?? config.SignIn?.Issuer
            ?? throw new ArgumentException("a connection needs an API host or the CXone sign-in", nameof(config));
        var owned = transport is null ? NewTransport(address) : null;
        transport ??= owned!;
        var settings = config.Http;
        var retry = RetryPipeline.Build(settings, time, log);
        var limiter = new AdaptiveRateLimiter(config.RateLimit, time);
        var reader = new ResponseReader(redactor);
        var caller = new ApiCaller(reader, log.IsEnabled(Serilog.Events.LogEventLevel.Debug));

        var tokenHttp = NewClient(address, Chain(retry, limiter, [], settings, time, log, redactor, transport));
        var signIn = config.SignIn is { } signInSettings
            ? new CxoneSignIn(tokenHttp, caller, config.Credentials, signInSettings, discoverApiHost: config.BaseUrl is null, redactor)
            : null;
        var source = new ObservedTokenSource(signIn ?? (ITokenSource)new OAuthTokenClient(tokenHttp, caller, config.Credentials), log);
        var tokens = new TokenProvider(source, time, redactor);
        DelegatingHandler[] middle = config.BaseUrl is null
            ? [new BearerTokenHandler(tokens), new TenantHostHandler(() => signIn?.ApiBaseUrl)]
            : [new BearerTokenHandler(tokens)];
        var apiHttp = NewClient(config.BaseUrl ?? TenantHostHandler.Placeholder, Chain(retry, limiter, middle, settings, time, log, redactor, transport));
        return new CxoneConnection(config, tokenHttp, apiHttp, owned, source, signIn, tokens, new CxoneClient(apiHttp, caller));
    }

    /// <summary>The API host, signing in first when only the CXone sign-in can tell it. Throws what the sign-in throws.</summary>
    public async Task<Uri> ResolveApiBaseUrlAsync(CancellationToken cancellationToken)
    {
        if (ApiBaseUrl is null)
        {
            await Tokens.GetAsync(cancellationToken);
        }

        return ApiBaseUrl!;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _apiHttp.Dispose();
        _tokenHttp.Dispose();
        _ownedTransport?.Dispose();
        Tokens.Dispose();
    }

    private static SocketsHttpHandler NewTransport(Uri address) => new()
    {
        ConnectTimeout = TimeSpan.FromSeconds(15),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        // A loopback host (the sandbox, a local proxy) is never reached through an HTTP(S)_PROXY.
        UseProxy = !LoopbackHost.Is(address),
        // An API answer that redirects is reported (exit 8), not followed: a followed redirect would replay a
        // PUT or POST somewhere the operator never named.
        AllowAutoRedirect = false,
    };

    private static DelegatingHandler Chain(Polly.ResiliencePipeline<HttpResponseMessage> retry, AdaptiveRateLimiter limiter,
        DelegatingHandler[] middle, HttpSettings settings, TimeProvider time, ILogger log, SecretRedactor redactor, HttpMessageHandler transport)
    {
        DelegatingHandler[] handlers =
        [
            new RetryHandler(retry),
            // Inside the retry: every attempt, retries included, waits for a slot.
            new RateLimitHandler(limiter, time, settings.MaxDelay),
            .. middle,
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
