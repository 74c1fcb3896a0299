using CxoneApprove.Sandbox.Auth;
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

        if (body.Id is not null && body.Id != templateId)
        {
            return ApiResult.InvalidRequest($"body id '{body.Id}' does not match the template {templateId} in the path");
        }

        if (body.Status != "APPROVED")
        {
            return ApiResult.InvalidRequest(
                $"status must be \"APPROVED\", got {(body.Status is null ? "none" : "\"" + body.Status + "\"")}: this endpoint only approves");
        }

        var ifMatch = context.Request.Headers.IfMatch.ToString();
        ApiResult? refused = null;
        var update = state.Update(templateId, current =>
        {
            refused = Refusal(current, body, ifMatch);
            return refused is null
                ? current with
                {
                    Name = body.Name ?? current.Name,
                    Content = body.Content ?? current.Content,
                    FromAddress = body.FromAddress ?? current.FromAddress,
                    Status = "APPROVED",
                    Version = current.Version + 1,
                    UpdatedAt = timeProvider.GetUtcNow(),
                }
                : null;
        });
        if (update?.After is not { } approved)
        {
            return refused ?? NotFound(templateId);
        }

        webhooks.Publish(WebhookEvents.TemplateApproved, templateId);
        return Answer(approved);
    }

    private static ApiResult? Refusal(SandboxTemplate current, ApprovalRequestBody body, string ifMatch)
    {
        if (ifMatch.Length > 0 && !Matches(ifMatch, current.ETag))
        {
            return ApiResult.Error(
                StatusCodes.Status409Conflict,
                "conflict",
                $"stale version: If-Match {ifMatch} does not match the current ETag {current.ETag} (updated_at {ApiTimestamp.Format(current.UpdatedAt)}); fetch the template again");
        }

        if (current.Status == "APPROVED")
        {
            return ApiResult.Error(StatusCodes.Status409Conflict, "conflict", "template already approved");
        }

        var complianceProblem = ServerComplianceCheck.Refusal(body.Content ?? current.Content, body.FromAddress ?? current.FromAddress);
        return complianceProblem is null
            ? null
            : ApiResult.Error(StatusCodes.Status400BadRequest, "validation_failed", complianceProblem);
    }

    /// <summary>Strong comparison of an If-Match list (RFC 9110 §13.1.1) with the current ETag.</summary>
    private static bool Matches(string ifMatch, string etag) =>
        ifMatch.Split(',', StringSplitOptions.TrimEntries).Any(candidate => candidate == "*" || candidate == etag);

    private static ApiResult Answer(SandboxTemplate template) =>
        ApiResult.Of(StatusCodes.Status200OK, TemplateBody.From(template), SandboxJsonContext.Default.TemplateBody, ApiResult.Header("ETag", template.ETag));

    private static ApiResult NotFound(string templateId) =>
        ApiResult.NotFound($"template {templateId} does not exist");
}
