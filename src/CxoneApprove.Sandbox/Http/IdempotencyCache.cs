using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Http;

/// <summary>
/// The Idempotency-Key extension: the first POST with a key on a path runs; every repeat with the same body, even one
/// that arrives while the first is still running, gets the first answer (marked <c>Idempotent-Replayed: true</c>). A
/// repeat with a different body is refused with 422 <c>idempotency_key_reused</c>, as Stripe and the IETF draft do.
/// Answers from faults, the rate limiter and authentication never reach the handler, so they are not remembered.
/// </summary>
internal sealed class IdempotencyCache
{
    public const string HeaderName = "Idempotency-Key";

    private readonly ConcurrentDictionary<string, FirstRequest> _first = new(StringComparer.Ordinal);

    public async Task<ApiResult> RunOnceAsync(HttpContext context, Func<HttpContext, Task<ApiResult>> handler)
    {
        var key = context.Request.Headers[HeaderName].ToString();
        if (key.Length == 0 || !HttpMethods.IsPost(context.Request.Method))
        {
            return await handler(context);
        }

        var slot = $"{context.Request.Method} {context.Request.Path.Value} {key}";
        var body = RequestBody.Get(context);
        var mine = new FirstRequest(body, new Lazy<Task<ApiResult>>(() => handler(context)));
        var first = _first.GetOrAdd(slot, mine);
        if (ReferenceEquals(first, mine))
        {
            return await mine.Answer.Value;
        }

        if (!SameBody(first.Body, body))
        {
            return ApiResult.Error(
                StatusCodes.Status422UnprocessableEntity,
                "idempotency_key_reused",
                $"the Idempotency-Key '{key}' was used before with a different body; a repeat must send the same body, a new request a new key");
        }

        return (await first.Answer.Value).WithHeader("Idempotent-Replayed", "true");
    }

    /// <summary>Equal as JSON values (whitespace, property order and string escapes do not matter); bytes when not JSON.</summary>
    private static bool SameBody(byte[] first, byte[] repeat)
    {
        try
        {
            using var a = JsonDocument.Parse(first);
            using var b = JsonDocument.Parse(repeat);
            return JsonElement.DeepEquals(a.RootElement, b.RootElement);
        }
        catch (JsonException)
        {
            return first.AsSpan().SequenceEqual(repeat);
        }
    }

    private sealed record FirstRequest(byte[] Body, Lazy<Task<ApiResult>> Answer);
}
