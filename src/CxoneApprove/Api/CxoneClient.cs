using System.Net;
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

    /// <summary>Whether the server already holds this template as approved.</summary>
    public bool IsApproved => string.Equals(Template.Status, TemplateStatus.Approved, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The typed CXone client: one method per call, every call through the shared pipeline, every answer an
/// <see cref="ApiResult{T}"/>. Requests are built from the <see cref="Endpoint"/> table.
/// </summary>
internal sealed class CxoneClient
{
    private readonly HttpClient _http;
    private readonly ApiCaller _caller;

    public CxoneClient(HttpClient http, ApiCaller caller)
    {
        _http = http;
        _caller = caller;
    }

    /// <summary>Fetches a template.</summary>
    public Task<ApiResult<FetchedTemplate>> GetTemplateAsync(string templateId, CancellationToken cancellationToken)
    {
        var endpoint = Endpoint.FetchTemplate;
        return SendAsync(endpoint.NewRequest(templateId), endpoint, async (response, ct) =>
            new FetchedTemplate(
                await ResponseReader.ReadJsonAsync(response, ApiJsonContext.Default.TemplateDto, endpoint, ct),
                response.Headers.ETag?.ToString()), cancellationToken);
    }

    /// <summary>
    /// Approves a template: the fetched body with status APPROVED and, when the fetch returned an ETag, <c>If-Match</c>.
    /// The result is the approved template when the server returned it (200), else null (204 without an ETag).
    /// </summary>
    public Task<ApiResult<FetchedTemplate?>> ApproveTemplateAsync(string templateId, FetchedTemplate fetched, CancellationToken cancellationToken)
    {
        var endpoint = Endpoint.ApproveTemplate;
        var request = endpoint.NewRequest(templateId);
        var approved = fetched.Template with { Status = TemplateStatus.Approved };
        request.Content = Json(approved, ApiJsonContext.Default.TemplateDto);
        if (fetched.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfMatch.Add(tag);
        }

        return SendAsync<FetchedTemplate?>(request, endpoint, async (response, ct) =>
        {
            if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
            {
                return response.Headers.ETag is { } newTag ? new FetchedTemplate(approved, newTag.ToString()) : null;
            }

            var body = await ResponseReader.ReadJsonAsync(response, ApiJsonContext.Default.TemplateDto, endpoint, ct);
            return new FetchedTemplate(body, response.Headers.ETag?.ToString());
        }, cancellationToken);
    }

    /// <summary>Registers a template for A2P, with an Idempotency-Key.</summary>
    public Task<ApiResult<bool>> RegisterA2pAsync(A2pRegistrationRequest registration, string idempotencyKey, CancellationToken cancellationToken) =>
        PostAsync(Endpoint.A2pRegister, Json(registration, ApiJsonContext.Default.A2pRegistrationRequest), idempotencyKey, cancellationToken);

    /// <summary>Lists the registered webhooks (an extension some servers lack).</summary>
    public Task<ApiResult<List<WebhookDto>>> ListWebhooksAsync(CancellationToken cancellationToken)
    {
        var endpoint = Endpoint.ListWebhooks;
        return SendAsync(endpoint.NewRequest(), endpoint,
            (response, ct) => ResponseReader.ReadJsonAsync(response, ApiJsonContext.Default.ListWebhookDto, endpoint, ct),
            cancellationToken);
    }

    /// <summary>Registers a webhook, with an Idempotency-Key.</summary>
    public Task<ApiResult<bool>> RegisterWebhookAsync(WebhookRequest webhook, string idempotencyKey, CancellationToken cancellationToken) =>
        PostAsync(Endpoint.RegisterWebhook, Json(webhook, ApiJsonContext.Default.WebhookRequest), idempotencyKey, cancellationToken);

    /// <summary>Publishes an audit record given as its JSON body (as journaled), with an Idempotency-Key.</summary>
    public Task<ApiResult<bool>> PublishAuditAsync(string recordJson, string idempotencyKey, CancellationToken cancellationToken)
    {
        var content = new StringContent(recordJson);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return PostAsync(Endpoint.PublishAudit, content, idempotencyKey, cancellationToken);
    }

    private Task<ApiResult<bool>> PostAsync(Endpoint endpoint, HttpContent content, string idempotencyKey, CancellationToken cancellationToken)
    {
        var request = endpoint.NewRequest();
        request.Content = content;
        request.Headers.Add(RequestTags.IdempotencyKeyHeader, idempotencyKey);
        return SendAsync(request, endpoint, (_, _) => Task.FromResult(true), cancellationToken);
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
