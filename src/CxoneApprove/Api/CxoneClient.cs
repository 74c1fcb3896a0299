using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CxoneApprove.Http;

namespace CxoneApprove.Api;

/// <summary>A template as fetched, with the version the server gave it (ETag when sent).</summary>
internal sealed record FetchedTemplate(TemplateDto Template, string? ETag)
{
    /// <summary>The version used for If-Match and idempotency keys: the ETag, else meta.updated_at.</summary>
    public string Version => ETag ?? Template.Meta?.UpdatedAt ?? "";
}

/// <summary>
/// The typed CXone client (cxone-api.md): one method per call, every call through the shared pipeline,
/// every answer an <see cref="ApiResult{T}"/>.
/// </summary>
internal sealed class CxoneClient
{
    private const string TemplatesPath = "api/v1/messaging/templates/";

    private readonly HttpClient _http;
    private readonly ApiCaller _caller;

    public CxoneClient(HttpClient http, ApiCaller caller)
    {
        _http = http;
        _caller = caller;
    }

    /// <summary><c>GET /api/v1/messaging/templates/{id}</c>.</summary>
    public Task<ApiResult<FetchedTemplate>> GetTemplateAsync(string templateId, CancellationToken cancellationToken)
    {
        var request = NewRequest(HttpMethod.Get, TemplatesPath + Uri.EscapeDataString(templateId));
        return SendAsync(request, Endpoint.FetchTemplate, async (response, ct) =>
            new FetchedTemplate(
                await ResponseReader.ReadJsonAsync(response, CxoneJsonContext.Default.TemplateDto, Endpoint.FetchTemplate, ct),
                response.Headers.ETag?.ToString()), cancellationToken);
    }

    /// <summary>
    /// <c>PUT /api/v1/messaging/templates/{id}</c> with status APPROVED and, when the fetch returned an ETag,
    /// <c>If-Match</c>. The result is the approved template when the server returned it (200), else null (204).
    /// </summary>
    public Task<ApiResult<FetchedTemplate?>> ApproveTemplateAsync(string templateId, FetchedTemplate fetched, CancellationToken cancellationToken)
    {
        var request = NewRequest(HttpMethod.Put, TemplatesPath + Uri.EscapeDataString(templateId));
        request.Content = Json(fetched.Template with { Status = "APPROVED" }, CxoneJsonContext.Default.TemplateDto);
        if (fetched.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfMatch.Add(tag);
        }

        return SendAsync<FetchedTemplate?>(request, Endpoint.ApproveTemplate, async (response, ct) =>
        {
            if (response.StatusCode == System.Net.HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
            {
                return response.Headers.ETag is { } newTag ? new FetchedTemplate(fetched.Template with { Status = "APPROVED" }, newTag.ToString()) : null;
            }

            var body = await ResponseReader.ReadJsonAsync(response, CxoneJsonContext.Default.TemplateDto, Endpoint.ApproveTemplate, ct);
            return new FetchedTemplate(body, response.Headers.ETag?.ToString());
        }, cancellationToken);
    }

    /// <summary><c>POST /api/v1/a2p/registrations</c> with an Idempotency-Key.</summary>
    public Task<ApiResult<bool>> RegisterA2pAsync(A2pRegistrationRequest registration, string idempotencyKey, CancellationToken cancellationToken)
    {
        var request = NewRequest(HttpMethod.Post, "api/v1/a2p/registrations");
        request.Content = Json(registration, CxoneJsonContext.Default.A2pRegistrationRequest);
        request.Headers.Add(RequestTags.IdempotencyKeyHeader, idempotencyKey);
        return SendAsync(request, Endpoint.A2pRegister, (_, _) => Task.FromResult(true), cancellationToken);
    }

    /// <summary><c>GET /api/v1/webhooks</c> (extension): the registered webhooks.</summary>
    public Task<ApiResult<List<WebhookDto>>> ListWebhooksAsync(CancellationToken cancellationToken)
    {
        var request = NewRequest(HttpMethod.Get, "api/v1/webhooks");
        return SendAsync(request, Endpoint.ListWebhooks,
            (response, ct) => ResponseReader.ReadJsonAsync(response, CxoneJsonContext.Default.ListWebhookDto, Endpoint.ListWebhooks, ct),
            cancellationToken);
    }

    /// <summary><c>POST /api/v1/webhooks</c> with an Idempotency-Key.</summary>
    public Task<ApiResult<bool>> RegisterWebhookAsync(WebhookRequest webhook, string idempotencyKey, CancellationToken cancellationToken)
    {
        var request = NewRequest(HttpMethod.Post, "api/v1/webhooks");
        request.Content = Json(webhook, CxoneJsonContext.Default.WebhookRequest);
        request.Headers.Add(RequestTags.IdempotencyKeyHeader, idempotencyKey);
        return SendAsync(request, Endpoint.RegisterWebhook, (_, _) => Task.FromResult(true), cancellationToken);
    }

    /// <summary><c>POST /api/v1/audit/logs</c> with an Idempotency-Key.</summary>
    public Task<ApiResult<bool>> PublishAuditAsync(AuditRecord record, string idempotencyKey, CancellationToken cancellationToken)
    {
        var request = NewRequest(HttpMethod.Post, "api/v1/audit/logs");
        request.Content = Json(record, CxoneJsonContext.Default.AuditRecord);
        request.Headers.Add(RequestTags.IdempotencyKeyHeader, idempotencyKey);
        return SendAsync(request, Endpoint.PublishAudit, (_, _) => Task.FromResult(true), cancellationToken);
    }

    private static HttpRequestMessage NewRequest(HttpMethod method, string relative)
    {
        var request = new HttpRequestMessage(method, new Uri(relative, UriKind.Relative));
        request.Headers.Accept.ParseAdd("application/json");
        return request;
    }

    // Bytes, not a stream: the content must survive being sent again by a retry.
    private static ByteArrayContent Json<T>(T value, JsonTypeInfo<T> type)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, type));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, Endpoint endpoint,
        Func<HttpResponseMessage, CancellationToken, Task<T>> onSuccess, CancellationToken cancellationToken)
    {
        using (request)
        {
            return await _caller.SendAsync(_http, request, endpoint, onSuccess, cancellationToken);
        }
    }
}
