using System.Security.Cryptography;
using CxoneApprove.Sandbox.Auth;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Http;
using CxoneApprove.Sandbox.Webhooks;
using CxoneApprove.Sandbox.Wire;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Endpoints;

/// <summary><c>POST /api/v1/a2p/registrations</c>: registers an approved template with the A2P gateway.</summary>
internal sealed class A2PRegistrationEndpoint(SandboxState state, BearerAuthenticator authenticator, WebhookDispatcher webhooks, TimeProvider timeProvider)
{
    public const string Route = "/api/v1/a2p/registrations";

    private static readonly string[] MessageClasses = ["TRANSACTIONAL", "PROMOTIONAL"];

    public Task<ApiResult> HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return Task.FromResult(ApiResult.MethodNotAllowed("POST"));
        }

        return Task.FromResult(authenticator.Refuse(context, Scopes.MessagingWrite, Scopes.A2PWrite) ?? Register(context));
    }

    private ApiResult Register(HttpContext context)
    {
        var body = RequestBody.ReadJson(context, SandboxJsonContext.Default.A2PRegistrationRequestBody, out var problem);
        if (body is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(body.TemplateId))
        {
            return ApiResult.InvalidRequest("template_id is required");
        }

        var messageClass = body.MessageClass ?? "TRANSACTIONAL";
        if (!MessageClasses.Contains(messageClass))
        {
            return ApiResult.InvalidRequest($"message_class must be {string.Join(" or ", MessageClasses)}, got '{messageClass}'");
        }

        if (state.Resolve(body.TemplateId) is not { } template)
        {
            return ApiResult.NotFound($"template {body.TemplateId} does not exist");
        }

        if (template.Status != "APPROVED")
        {
            return ApiResult.Error(StatusCodes.Status409Conflict, "conflict", $"template {template.Id} is {template.Status}; approve it before registering it for A2P");
        }

        var registration = new SandboxA2PRegistration(
            "a2p-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            template.Id,
            body.CampaignName ?? string.Empty,
            messageClass,
            body.OptInLanguage ?? string.Empty,
            "REGISTERED",
            timeProvider.GetUtcNow());
        state.Add(registration);
        webhooks.Publish(WebhookEvents.A2PRegistered, template.Id);
        return ApiResult.Of(
            StatusCodes.Status201Created,
            new A2PRegistrationBody(registration.Id, registration.TemplateId, registration.CampaignName, registration.MessageClass, registration.Status),
            SandboxJsonContext.Default.A2PRegistrationBody,
            ApiResult.Header("Location", $"{Route}/{registration.Id}"));
    }
}
