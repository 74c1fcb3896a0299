namespace CxoneApprove.Http;

/// <summary>Per-call facts carried on the request through the pipeline.</summary>
internal static class RequestTags
{
    /// <summary>Counts the attempts the transport saw for one logical call.</summary>
    public static readonly HttpRequestOptionsKey<AttemptCounter> Attempts = new("cxone.attempts");

    /// <summary>Set on the OAuth token request so the bearer handler leaves it alone.</summary>
    public static readonly HttpRequestOptionsKey<bool> Anonymous = new("cxone.anonymous");

    /// <summary>The header CXone's extension uses to make POSTs replay-safe.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>
    /// Whether sending the request again cannot do anything twice: idempotent methods (RFC 9110 §9.2.2:
    /// GET, HEAD, OPTIONS, PUT, DELETE) and any request that carries an Idempotency-Key.
    /// The token request is safe as well: a second token does no harm.
    /// </summary>
    public static bool IsReplayable(HttpRequestMessage request)
    {
        var method = request.Method;
        if (method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
            || method == HttpMethod.Put || method == HttpMethod.Delete)
        {
            return true;
        }

        if (request.Headers.Contains(IdempotencyKeyHeader))
        {
            return true;
        }

        return request.Options.TryGetValue(Anonymous, out var anonymous) && anonymous;
    }
}

/// <summary>A mutable attempt count shared by every attempt of one call.</summary>
internal sealed class AttemptCounter
{
    private int _count;
    private int _answerLost;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Whether some attempt went unanswered, so what it asked for may or may not have happened.</summary>
    public bool AnswerLost => Volatile.Read(ref _answerLost) != 0;

    public int Increment() => Interlocked.Increment(ref _count);

    /// <summary>Notes an attempt that was sent and got no answer (or a gateway's 5xx, which may follow a write that took effect).</summary>
    public void MarkAnswerLost() => Volatile.Write(ref _answerLost, 1);
}
