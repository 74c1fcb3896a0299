using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CxoneApprove.Diagnostics;
using CxoneApprove.Http;

namespace CxoneApprove.Api;

/// <summary>
/// Reads response bodies defensively: bounded in size, JSON only when the server says JSON, and every
/// failure a clear <see cref="ErrorCategory.BadResponse"/> (exit 8) instead of a crash or a hang.
/// </summary>
internal sealed class ResponseReader
{
    private static readonly string[] CorrelationHeaders =
        ["X-Request-Id", "X-Correlation-Id", "Request-Id", "Correlation-Id"];

    private readonly SecretRedactor _redactor;

    public ResponseReader(SecretRedactor redactor) => _redactor = redactor;

    /// <summary>The body as <typeparamref name="T"/>; throws <see cref="ApiException"/> (exit 8) when it is not.</summary>
    public static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, Endpoint endpoint, CancellationToken cancellationToken)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is not null && !IsJson(mediaType))
        {
            throw new ApiException(BadResponse(response, endpoint, $"its body is {mediaType}, not JSON"));
        }

        var bytes = await ReadBoundedAsync(response, cancellationToken);
        try
        {
            return JsonSerializer.Deserialize(bytes, type)
                ?? throw new ApiException(BadResponse(response, endpoint, "its body is the empty JSON document null"));
        }
        catch (JsonException ex)
        {
            throw new ApiException(BadResponse(response, endpoint, $"its body is malformed JSON ({ex.Message.Split('.')[0]})"));
        }
    }

    /// <summary>The body as text (redacted), for error messages.</summary>
    public async Task<string> ReadTextForErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await ReadBoundedAsync(response, cancellationToken);
        return _redactor.Redact(Encoding.UTF8.GetString(bytes));
    }

    /// <summary>The server's correlation or request id, when it sent one.</summary>
    public static string? CorrelationId(HttpResponseMessage response)
    {
        foreach (var name in CorrelationHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values))
            {
                return values.FirstOrDefault();
            }
        }

        return null;
    }

    /// <summary>A bad-response error for this call.</summary>
    public static ApiError BadResponse(HttpResponseMessage response, Endpoint endpoint, string what) => new(
        ErrorCategory.BadResponse,
        $"{endpoint} answered {(int)response.StatusCode}, but {what}",
        "The answer could not be understood. Check --base-url points at the CXone API (not a proxy's login page), "
        + "and report it with the correlation id if it persists. " + ErrorCatalog.SeeTheExchange,
        (int)response.StatusCode,
        CorrelationId: CorrelationId(response));

    private static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    // The pipeline's ResponseBufferingHandler has already read the body, bounded, inside the attempt.
    private static Task<byte[]> ReadBoundedAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        response.Content.ReadAsByteArrayAsync(cancellationToken);

    /// <summary>Whether a content type names JSON (used before trying to parse an error body).</summary>
    public static bool IsJson(MediaTypeHeaderValue? contentType) => contentType?.MediaType is { } m && IsJson(m);
}
