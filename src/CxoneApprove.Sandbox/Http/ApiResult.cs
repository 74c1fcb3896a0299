using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CxoneApprove.Sandbox.Wire;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Http;

/// <summary>
/// A complete answer (status, headers, body bytes) built before anything is written, so the same answer can be
/// replayed for a repeated Idempotency-Key.
/// </summary>
internal sealed record ApiResult(int StatusCode, byte[] Body, string? ContentType, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    private const string Json = "application/json";

    public static ApiResult Of<T>(int statusCode, T body, JsonTypeInfo<T> typeInfo, params KeyValuePair<string, string>[] headers) =>
        new(statusCode, JsonSerializer.SerializeToUtf8Bytes(body, typeInfo), Json, headers);

    public static ApiResult Error(int statusCode, string code, string message, params KeyValuePair<string, string>[] headers) =>
        Of(statusCode, new ErrorBody(code, message), SandboxJsonContext.Default.ErrorBody, headers);

    public static ApiResult InvalidRequest(string message) =>
        Error(StatusCodes.Status400BadRequest, "invalid_request", message);

    public static ApiResult NotFound(string message) =>
        Error(StatusCodes.Status404NotFound, "not_found", message);

    /// <summary>405 with the Allow header; <paramref name="allowed"/> is the header value, e.g. <c>GET, PUT</c>.</summary>
    public static ApiResult MethodNotAllowed(string allowed) =>
        Error(StatusCodes.Status405MethodNotAllowed, "method_not_allowed", $"this endpoint accepts {allowed}", Header("Allow", allowed));

    public static ApiResult Raw(int statusCode, string? body, string? contentType, params KeyValuePair<string, string>[] headers) =>
        new(statusCode, body is null ? [] : System.Text.Encoding.UTF8.GetBytes(body), contentType, headers);

    public static KeyValuePair<string, string> Header(string name, string value) => new(name, value);

    public ApiResult WithHeader(string name, string value) => this with { Headers = [.. Headers, Header(name, value)] };

    public async Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCode;
        foreach (var (name, value) in Headers)
        {
            response.Headers.Append(name, value);
        }

        if (StatusCode is StatusCodes.Status204NoContent or StatusCodes.Status304NotModified)
        {
            return;
        }

        if (ContentType is not null)
        {
            response.ContentType = ContentType;
        }

        response.ContentLength = Body.Length;
        await response.Body.WriteAsync(Body, context.RequestAborted);
    }
}
