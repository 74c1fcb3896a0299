using System.Security.Cryptography;
using System.Text;
using CxoneApprove.Sandbox.Auth;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Http;
using CxoneApprove.Sandbox.Wire;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Endpoints;

/// <summary><c>POST /api/v1/audit/logs</c>: stores an audit record as sent; any good token, no scope.</summary>
internal sealed class AuditLogEndpoint(SandboxState state, BearerAuthenticator authenticator, TimeProvider timeProvider)
{
    public const string Route = "/api/v1/audit/logs";

    public Task<ApiResult> HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return Task.FromResult(ApiResult.MethodNotAllowed("POST"));
        }

        return Task.FromResult(authenticator.Refuse(context) ?? Store(context));
    }

    private ApiResult Store(HttpContext context)
    {
        var body = RequestBody.ReadJson(context, SandboxJsonContext.Default.AuditLogRequestBody, out var problem);
        if (body is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(body.TemplateId) || string.IsNullOrWhiteSpace(body.Action))
        {
            return ApiResult.InvalidRequest("template_id and action are required");
        }

        if (body.Timestamp is not null && !ApiTimestamp.TryParse(body.Timestamp, out _))
        {
            return ApiResult.InvalidRequest($"timestamp '{body.Timestamp}' is not an RFC 3339 date-time such as 2026-11-27T10:00:00.123Z");
        }

        if (body.LatencyMs is < 0)
        {
            return ApiResult.InvalidRequest("latency_ms must not be negative");
        }

        var entry = new SandboxAuditLog(
            "audit-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            Encoding.UTF8.GetString(RequestBody.Get(context)),
            timeProvider.GetUtcNow());
        state.Add(entry);
        return ApiResult.Of(
            StatusCodes.Status201Created,
            new AuditLogReceiptBody(entry.Id, body.TemplateId, ApiTimestamp.Format(entry.ReceivedAt)),
            SandboxJsonContext.Default.AuditLogReceiptBody);
    }

}
