using CxoneApprove.Sandbox.Auth;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Endpoints;
using CxoneApprove.Sandbox.Faults;
using CxoneApprove.Sandbox.Http;
using CxoneApprove.Sandbox.Throttling;
using CxoneApprove.Sandbox.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox;

/// <summary>
/// What a request goes through, outermost first: the admin endpoint (outside the API), the recorder, the faults, the
/// rate limit, then the endpoints.
/// </summary>
internal static class SandboxPipeline
{
    public static void Map(WebApplication app, SandboxOptions options, SandboxState state, TokenIssuer tokens, WebhookDispatcher webhooks, RequestRecorder recorder)
    {
        var clock = options.TimeProvider;
        var authenticator = new BearerAuthenticator(tokens);
        var idempotency = new IdempotencyCache();
        var token = new TokenEndpoint(tokens);
        var signIn = new SignInEndpoint(tokens, new IdTokens(), clock);
        var templates = new TemplateEndpoint(state, authenticator, webhooks, clock);
        var registrations = new A2PRegistrationEndpoint(state, authenticator, webhooks, clock);
        var webhookEndpoint = new WebhookEndpoint(state, authenticator, clock);
        var auditLogs = new AuditLogEndpoint(state, authenticator, clock);

        app.Use(new StatsEndpoint(recorder.Stats).InvokeAsync);
        app.Use(recorder.InvokeAsync);
        app.Use(new FaultInjector(options.Faults, clock).InvokeAsync);
        if (options.RequestsPerSecond is { } rate)
        {
            app.Use(new RequestRateLimiter(rate, options.RateLimitHeaders, clock).InvokeAsync);
        }

        app.UseRouting();
        app.Map(TokenEndpoint.Route, Serve(token.HandleAsync));
        app.Map(SignInEndpoint.Route, Serve(signIn.HandleAsync));
        app.Map(DiscoveryEndpoint.OpenIdRoute, Serve(DiscoveryEndpoint.OpenIdAsync));
        app.Map(DiscoveryEndpoint.CxoneRoute, Serve(DiscoveryEndpoint.CxoneAsync));
        app.Map(TemplateEndpoint.Route, Serve(templates.HandleAsync));
        app.Map(A2PRegistrationEndpoint.Route, Serve(context => idempotency.RunOnceAsync(context, registrations.HandleAsync)));
        app.Map(WebhookEndpoint.Route, Serve(context => idempotency.RunOnceAsync(context, webhookEndpoint.HandleAsync)));
        app.Map(AuditLogEndpoint.Route, Serve(context => idempotency.RunOnceAsync(context, auditLogs.HandleAsync)));
        app.MapFallback(Serve(context => Task.FromResult(ApiResult.NotFound($"no such endpoint: {context.Request.Method} {context.Request.Path}"))));
    }

    /// <summary>Adapts a handler that builds its whole answer first to the RequestDelegate that writes it.</summary>
    private static RequestDelegate Serve(Func<HttpContext, Task<ApiResult>> handler) =>
        async context => await (await handler(context)).WriteAsync(context);
}
