using CxoneApprove.Sandbox.Auth;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Http;
using CxoneApprove.Sandbox.Webhooks;
using CxoneApprove.Sandbox.Wire;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Endpoints;

/// <summary>
/// <c>GET</c> and <c>PUT /api/v1/messaging/templates/{id}</c>: fetch with an ETag, and the approve transition with
/// optional <c>If-Match</c>.
/// </summary>
internal sealed class TemplateEndpoint(SandboxState state, BearerAuthenticator authenticator, WebhookDispatcher webhooks, TimeProvider timeProvider)
{
    public const string Route = "/api/v1/messaging/templates/{id}";

    public Task<ApiResult> HandleAsync(HttpContext context)
    {
        var templateId = context.Request.RouteValues["id"] as string ?? string.Empty;
        var method = context.Request.Method;
        var result = HttpMethods.IsGet(method) ? Get(context, templateId)
            : HttpMethods.IsPut(method) ? Approve(context, templateId)
            : ApiResult.MethodNotAllowed("GET, PUT");
        return Task.FromResult(result);
    }

    private ApiResult Get(HttpContext context, string templateId)
    {
        if (authenticator.Refuse(context, Scopes.MessagingRead) is { } refusal)
        {
            return refusal;
        }

        return state.Resolve(templateId) is { } template ? Answer(template) : NotFound(templateId);
    }

    private ApiResult Approve(HttpContext context, string templateId)
    {
        if (authenticator.Refuse(context, Scopes.MessagingWrite) is { } refusal)
        {
            return refusal;
        }

        if (state.Resolve(templateId) is null)
        {
            return NotFound(templateId);
        }

        var body = RequestBody.ReadJson(context, SandboxJsonContext.Default.ApprovalRequestBody, out var problem);
        if (body is null)
        {
            return problem!;
        }

        if (TemplateApproval.Malformed(body, templateId) is { } malformed)
        {
            return ApiResult.InvalidRequest(malformed);
        }

        var ifMatch = context.Request.Headers.IfMatch.ToString();
        ApiResult? refused = null;
        var update = state.Update(templateId, current =>
        {
            refused = TemplateApproval.Refusal(current, body, ifMatch);
            return refused is null ? TemplateApproval.Approved(current, body, timeProvider.GetUtcNow()) : null;
        });
        if (update?.After is not { } approved)
        {
            return refused ?? NotFound(templateId);
        }

        webhooks.Publish(WebhookEvents.TemplateApproved, templateId);
        return Answer(approved);
    }

    private static ApiResult Answer(SandboxTemplate template) =>
        ApiResult.Of(StatusCodes.Status200OK, TemplateBody.From(template), SandboxJsonContext.Default.TemplateBody, ApiResult.Header("ETag", template.ETag));

    private static ApiResult NotFound(string templateId) =>
        ApiResult.NotFound($"template {templateId} does not exist");
}
