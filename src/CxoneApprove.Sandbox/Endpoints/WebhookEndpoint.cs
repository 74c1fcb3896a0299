using System.Security.Cryptography;
using CxoneApprove.Sandbox.Auth;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Http;
using CxoneApprove.Sandbox.Webhooks;
using CxoneApprove.Sandbox.Wire;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Endpoints;

/// <summary><c>POST</c> and <c>GET /api/v1/webhooks</c>: register a webhook, list them (never their secrets).</summary>
internal sealed class WebhookEndpoint(SandboxState state, BearerAuthenticator authenticator, TimeProvider timeProvider)
{
    public const string Route = "/api/v1/webhooks";

    public Task<ApiResult> HandleAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (!HttpMethods.IsPost(method) && !HttpMethods.IsGet(method))
        {
            return Task.FromResult(ApiResult.MethodNotAllowed("GET, POST"));
        }

        if (authenticator.Refuse(context, Scopes.WebhooksWrite) is { } refusal)
        {
            return Task.FromResult(refusal);
        }

        return Task.FromResult(HttpMethods.IsGet(method) ? List() : Register(context));
    }

    private ApiResult List() => ApiResult.Of(
        StatusCodes.Status200OK,
        state.Webhooks.Select(WebhookBody.From).ToList(),
        SandboxJsonContext.Default.ListWebhookBody);

    private ApiResult Register(HttpContext context)
    {
        var body = RequestBody.ReadJson(context, SandboxJsonContext.Default.WebhookRequestBody, out var problem);
        if (body is null)
        {
            return problem!;
        }

        if (!Uri.TryCreate(body.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return ApiResult.InvalidRequest($"url must be an absolute http or https URL, got '{body.Url}'");
        }

        if (body.Events is not { Count: > 0 } events)
        {
            return ApiResult.InvalidRequest($"events must list at least one of {string.Join(", ", WebhookEvents.All)}");
        }

        var unknown = events.Where(name => !WebhookEvents.All.Contains(name)).ToArray();
        if (unknown.Length > 0)
        {
            return ApiResult.InvalidRequest($"unknown event {string.Join(", ", unknown)}; known events: {string.Join(", ", WebhookEvents.All)}");
        }

        if (string.IsNullOrEmpty(body.Secret))
        {
            return ApiResult.InvalidRequest("secret is required: deliveries are signed with it (HMAC-SHA256)");
        }

        var webhook = new SandboxWebhook(
            "wh-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            body.Url!,
            [.. events.Distinct(StringComparer.Ordinal)],
            body.Secret,
            timeProvider.GetUtcNow());
        state.Add(webhook);
        return ApiResult.Of(StatusCodes.Status201Created, WebhookBody.From(webhook), SandboxJsonContext.Default.WebhookBody);
    }

}
