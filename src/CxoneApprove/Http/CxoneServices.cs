using CxoneApprove.Api;
using CxoneApprove.Auth;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace CxoneApprove.Http;

/// <summary>Where and as whom the client talks.</summary>
internal sealed record ClientConfig(Uri BaseUrl, ClientCredentials Credentials, HttpSettings Http)
{
    /// <summary>Client-side cap in requests per second (<c>--rate-limit</c>); null for none.</summary>
    public double? RateLimit { get; init; }
}

/// <summary>
/// Wires the client side: one pipeline for every call, outermost first — retry (backoff, Retry-After,
/// replayable only) → per-attempt timeout → rate limit (with --rate-limit) → bearer token (401 → refresh once) → diagnostics → bounded body read → transport.
/// </summary>
internal static class CxoneServices
{
    private const string ApiClientName = "cxone";
    private const string OAuthClientName = "cxone-oauth";

    /// <summary>
    /// The service provider of one run. <paramref name="primaryHandler"/> replaces the network (tests);
    /// <paramref name="time"/> drives token expiry and backoff.
    /// </summary>
    public static ServiceProvider Build(ClientConfig config, TimeProvider time, ILogger log, SecretRedactor redactor,
        Func<HttpMessageHandler>? primaryHandler = null)
    {
        var services = new ServiceCollection();
        // Polly takes its clock from here: registered before the clients so fake time drives retries in tests.
        services.AddSingleton(time);
        services.AddSingleton(config.Http);
        services.AddSingleton(config.Credentials);
        services.AddSingleton(redactor);
        services.AddSingleton(log);
        services.AddSingleton<ResponseReader>();
        services.AddSingleton<ApiCaller>();
        services.AddTransient<BearerTokenHandler>();
        services.AddTransient<DiagnosticsHandler>();
        services.AddTransient<ResponseBufferingHandler>();
        if (config.RateLimit is { } rate)
        {
            services.AddSingleton(sp => new AdaptiveRateLimiter(rate, sp.GetRequiredService<TimeProvider>()));
            services.AddTransient<RateLimitHandler>();
        }

        var baseAddress = WithTrailingSlash(config.BaseUrl);
        var limited = config.RateLimit is not null;
        // A loopback host (the sandbox, a local proxy) is never reached through an HTTP(S)_PROXY.
        primaryHandler ??= () => new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(15),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseProxy = !config.BaseUrl.IsLoopback,
            // An API answer that redirects is reported (exit 8), not followed: a followed redirect would replay a
            // PUT or POST somewhere the operator never named.
            AllowAutoRedirect = false,
        };
        AddPipeline(services.AddHttpClient(OAuthClientName, c => Configure(c, baseAddress)), primaryHandler, withBearer: false, limited);
        AddPipeline(services.AddHttpClient(ApiClientName, c => Configure(c, baseAddress)), primaryHandler, withBearer: true, limited);

        services.AddSingleton(sp => new OAuthTokenClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(OAuthClientName),
            sp.GetRequiredService<ApiCaller>(), sp.GetRequiredService<ClientCredentials>()));
        services.AddSingleton(sp => new TokenProvider(
            sp.GetRequiredService<OAuthTokenClient>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<SecretRedactor>()));
        services.AddSingleton(sp => new CxoneClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(ApiClientName), sp.GetRequiredService<ApiCaller>()));
        return services.BuildServiceProvider();
    }

    private static void AddPipeline(IHttpClientBuilder builder, Func<HttpMessageHandler> primaryHandler, bool withBearer, bool limited)
    {
        builder.AddResilienceHandler("cxone", (pipeline, context) => ResiliencePipelineSetup.Configure(
            pipeline,
            context.ServiceProvider.GetRequiredService<HttpSettings>(),
            context.ServiceProvider.GetRequiredService<TimeProvider>(),
            context.ServiceProvider.GetRequiredService<ILogger>()));
        // Inside the retry: every attempt, retries included, waits for a slot.
        if (limited)
        {
            builder.AddHttpMessageHandler<RateLimitHandler>();
        }

        if (withBearer)
        {
            builder.AddHttpMessageHandler<BearerTokenHandler>();
        }

        builder.AddHttpMessageHandler<DiagnosticsHandler>();
        builder.AddHttpMessageHandler<ResponseBufferingHandler>();
        builder.ConfigurePrimaryHttpMessageHandler(primaryHandler);
        // A run is short; keep one handler chain (and its connection pool) for all of it.
        builder.SetHandlerLifetime(Timeout.InfiniteTimeSpan);
    }

    private static void Configure(HttpClient client, Uri baseAddress)
    {
        client.BaseAddress = baseAddress;
        // Total and per-attempt time live in the pipeline; HttpClient's own timeout would cut across retries.
        client.Timeout = Timeout.InfiniteTimeSpan;
        client.DefaultRequestHeaders.UserAgent.ParseAdd($"cxone-approve/{typeof(CxoneServices).Assembly.GetName().Version?.ToString(3) ?? "0"}");
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
