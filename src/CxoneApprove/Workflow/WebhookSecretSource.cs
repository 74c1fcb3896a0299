using System.Security.Cryptography;

namespace CxoneApprove.Workflow;

/// <summary>
/// The webhook signing secret and where it came from, for the report (never the secret itself). The HMAC key is the
/// secret's text as given (its UTF-8 bytes); a generated secret is 64 lowercase hex characters, used as that text.
/// </summary>
internal sealed record WebhookSecret(string Value, string Origin)
{
    /// <summary>The file this run generated the secret into, if it did.</summary>
    public string? GeneratedPath { get; init; }

    public override string ToString() => $"WebhookSecret {{ Value = ***, Origin = {Origin} }}";
}

/// <summary>
/// The webhook secret: from <c>CXONE_WEBHOOK_SECRET</c> or <c>--webhook-secret-file</c>; otherwise 256 random bits
/// from a CSPRNG written as 64 hex characters to a new file only its owner can read (0600). The file's path is
/// reported, the secret never. Resolved at most once per run, and only when a webhook is about to be registered.
/// </summary>
internal sealed class WebhookSecretSource
{
    private readonly Func<WebhookSecret> _resolve;
    private readonly Lock _gate = new();
    private WebhookSecret? _secret;

    public WebhookSecretSource(Func<WebhookSecret> resolve) => _resolve = resolve;

    /// <summary>The run's secret, resolving it on first use.</summary>
    public WebhookSecret Get()
    {
        lock (_gate)
        {
            return _secret ??= _resolve();
        }
    }

    /// <summary>
    /// Forgets a generated secret whose registration the server definitely refused: its file is removed, since nothing
    /// will ever sign with it. Returns whether a file was removed.
    /// </summary>
    public bool DiscardGenerated()
    {
        lock (_gate)
        {
            if (_secret?.GeneratedPath is not { } path)
            {
                return false;
            }

            File.Delete(path);
            _secret = null;
            return true;
        }
    }

    /// <summary>Generates a secret into a new file in <paramref name="directory"/> with mode 0600.</summary>
    public static WebhookSecret Generate(string directory, TimeProvider time)
    {
        var value = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"webhook-secret-{time.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}");
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(value);
            writer.Write('\n');
        }

        return new WebhookSecret(value, $"generated and stored in {path}") { GeneratedPath = path };
    }
}
