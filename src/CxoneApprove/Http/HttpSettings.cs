namespace CxoneApprove.Http;

/// <summary>How patient the HTTP pipeline is. Defaults follow the tutorial's guidance for 429s.</summary>
internal sealed record HttpSettings
{
    /// <summary>Retries after the first attempt (<c>--max-retries</c>). Default 4.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>One attempt may take this long before it is abandoned and, where safe, retried. Default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The first backoff delay is drawn from this range (seconds), then doubles. Default 1–5 s.</summary>
    public TimeSpan FirstDelayMin { get; init; } = TimeSpan.FromSeconds(1);

    /// <inheritdoc cref="FirstDelayMin"/>
    public TimeSpan FirstDelayMax { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>No backoff delay and no Retry-After wait exceeds this. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest response body read, in bytes; a larger one is an error (exit 8). Default 1 MiB.</summary>
    public int MaxResponseBytes { get; init; } = 1024 * 1024;

    /// <summary>Source of jitter in [0, 1); tests make it deterministic.</summary>
    public Func<double> Randomizer { get; init; } = Random.Shared.NextDouble;
}
