using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Http;

/// <summary>
/// The Idempotency-Key extension: the first POST with a key on a path runs; every repeat, even one
/// that arrives while the first is still running, gets the first answer (marked <c>Idempotent-Replayed: true</c>).
/// Answers from faults, the rate limiter and authentication never reach the handler, so they are not remembered.
/// </summary>
internal sealed class IdempotencyCache
{
    public const string HeaderName = "Idempotency-Key";

    private readonly ConcurrentDictionary<string, Lazy<Task<ApiResult>>> _answers = new(StringComparer.Ordinal);

    public async Task<ApiResult> RunOnceAsync(HttpContext context, Func<HttpContext, Task<ApiResult>> handler)
    {
        var key = context.Request.Headers[HeaderName].ToString();
        if (key.Length == 0 || !HttpMethods.IsPost(context.Request.Method))
        {
            return await handler(context);
        }

        var slot = $"{context.Request.Method} {context.Request.Path.Value} {key}";
        var first = new Lazy<Task<ApiResult>>(() => handler(context));
        var stored = _answers.GetOrAdd(slot, first);
        var answer = await stored.Value;
        return ReferenceEquals(stored, first) ? answer : answer.WithHeader("Idempotent-Replayed", "true");
    }
}
