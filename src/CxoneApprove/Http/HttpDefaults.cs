namespace CxoneApprove.Http;

/// <summary>
/// The pipeline's defaults, in one place: <see cref="HttpSettings"/> starts from them and the command line's help and
/// range checks read them. They follow CXone's guidance for 429s: a first wait of 1–5 s, doubling, at most 30 s.
/// </summary>
internal static class HttpDefaults
{
    /// <summary>Retries after the first attempt.</summary>
    public const int MaxRetries = 4;

    /// <summary>Seconds one attempt may take before it is abandoned and, where safe, retried.</summary>
    public const int AttemptTimeoutSeconds = 30;

    /// <summary>Bounds, in seconds, of the first backoff delay; later ones double it.</summary>
    public const int FirstDelayMinSeconds = 1;

    /// <inheritdoc cref="FirstDelayMinSeconds"/>
    public const int FirstDelayMaxSeconds = 5;

    /// <summary>Seconds no backoff delay and no Retry-After wait exceeds.</summary>
    public const int MaxDelaySeconds = 30;

    /// <summary>Largest response body read, in bytes; a larger one is an error (exit 8).</summary>
    public const int MaxResponseBytes = 1024 * 1024;
}
