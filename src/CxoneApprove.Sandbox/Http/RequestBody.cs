using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Http;

/// <summary>
/// The request body, read once into memory on arrival (for the request record) and handed to the handlers from there.
/// </summary>
internal static class RequestBody
{
    private static readonly object ItemKey = new();

    public static async Task<byte[]> BufferAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var bytes = buffer.ToArray();
        context.Items[ItemKey] = bytes;
        context.Request.Body = new MemoryStream(bytes, writable: false);
        return bytes;
    }

    public static byte[] Get(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var bytes) && bytes is byte[] body ? body : [];

    /// <summary>
    /// Reads a JSON request body, or explains in <paramref name="problem"/> (a 400/415 answer) why it cannot.
    /// </summary>
    public static T? ReadJson<T>(HttpContext context, JsonTypeInfo<T> typeInfo, out ApiResult? problem)
        where T : class
    {
        problem = null;
        var mediaType = context.Request.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || !(mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
        {
            problem = ApiResult.Error(
                StatusCodes.Status415UnsupportedMediaType,
                "unsupported_media_type",
                $"expected Content-Type: application/json, got {(mediaType is null ? "none" : "'" + mediaType + "'")}");
            return null;
        }

        var body = Get(context);
        if (body.Length == 0)
        {
            problem = ApiResult.InvalidRequest("the request body is empty; expected a JSON object");
            return null;
        }

        try
        {
            var value = JsonSerializer.Deserialize(body, typeInfo);
            if (value is null)
            {
                problem = ApiResult.InvalidRequest("the request body is JSON null; expected an object");
            }

            return value;
        }
        catch (JsonException error)
        {
            problem = ApiResult.InvalidRequest($"the request body is not valid JSON for this endpoint: {error.Message}");
            return null;
        }
    }
}
