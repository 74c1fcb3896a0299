namespace CxoneApprove.Http;

/// <summary>How patient the HTTP pipeline is; every default comes from <see cref="HttpDefaults"/>.</summary>
internal sealed record HttpSettings
{
    /// <summary>Retries after the first attempt (<c>--max-retries</c>).</summary>
    public int MaxRetries { get; init; } = HttpDefaults.MaxRetries;

    /// <summary>One attempt may take this long before it is abandoned and, where safe, retried.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(HttpDefaults.AttemptTimeoutSeconds);

    /// <summary>The first backoff delay is drawn from this range, then doubles.</summary>
    public TimeSpan FirstDelayMin { get; init; } = TimeSpan.FromSeconds(HttpDefaults.FirstDelayMinSeconds);

    /// <inheritdoc cref="FirstDelayMin"/>
    public TimeSpan FirstDelayMax { get; init; } = TimeSpan.FromSeconds(HttpDefaults.FirstDelayMaxSeconds);

    /// <summary>No backoff delay and no Retry-After wait exceeds this.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(HttpDefaults.MaxDelaySeconds);

    /// <summary>Largest response body read, in bytes; a larger one is an error (exit 8).</summary>
    public int MaxResponseBytes { get; init; } = HttpDefaults.MaxResponseBytes;

    /// <summary>Source of jitter in [0, 1); tests make it deterministic.</summary>
    public Func<double> Randomizer { get; init; } = Random.Shared.NextDouble;
}
