namespace CxoneApprove.Cli.Sandbox;

/// <summary>
/// A sandbox that listens: its base URL and the demo client it announced. Disposing it stops it. A class, not a record:
/// a record's generated <c>ToString</c> would print the client secret.
/// </summary>
internal sealed class RunningSandbox : IAsyncDisposable
{
    private readonly Func<ValueTask> _stop;

    public RunningSandbox(Uri baseUrl, string clientId, string clientSecret, Func<ValueTask> stop)
    {
        BaseUrl = baseUrl;
        ClientId = clientId;
        ClientSecret = clientSecret;
        _stop = stop;
    }

    /// <summary>Where it listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The demo client with every scope.</summary>
    public string ClientId { get; }

    /// <summary>The demo client's secret (demo only, but masked like any other).</summary>
    public string ClientSecret { get; }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stop();
}
