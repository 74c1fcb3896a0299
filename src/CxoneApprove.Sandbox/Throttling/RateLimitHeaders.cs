namespace CxoneApprove.Sandbox.Throttling;

/// <summary>Which rate-limit headers the sandbox sends with each answer the limit counts.</summary>
public enum RateLimitHeaders
{
    /// <summary>
    /// <c>X-RateLimit-Limit</c> (the bucket's size), <c>X-RateLimit-Remaining</c> (requests it holds now) and
    /// <c>X-RateLimit-Reset</c> (Unix time, in seconds, when it is full again), as GitHub and many others send them.
    /// </summary>
    XRateLimit,

    /// <summary>
    /// The IETF draft's <c>RateLimit-Limit</c>, <c>RateLimit-Remaining</c>, <c>RateLimit-Reset</c> (seconds until the bucket
    /// is full again) and <c>RateLimit-Policy: &lt;limit&gt;;w=&lt;seconds to refill it&gt;</c>.
    /// </summary>
    Ietf,

    /// <summary>No rate-limit headers; 429s still carry <c>Retry-After</c>.</summary>
    None,
}
