namespace CxoneApprove.Diagnostics;

/// <summary>
/// Knows every secret of the run (client secret, access tokens, webhook secret) and masks them in any
/// text on its way out. A second line of defence: the code never formats a secret on purpose.
/// </summary>
internal sealed class SecretRedactor
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Mask = "***";

    // Shorter secrets than this would mask ordinary words; such values are not secrets worth the name.
    private const int MinimumLength = 4;

    private readonly Lock _gate = new();
    private string[] _secrets = [];

    /// <summary>Adds a value to mask from now on (ignored when null or too short).</summary>
    public void Add(string? secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < MinimumLength)
        {
            return;
        }

        lock (_gate)
        {
            if (Array.IndexOf(_secrets, secret) >= 0)
            {
                return;
            }

            // Longest first, so a secret that contains another is masked whole.
            _secrets = [.. _secrets.Append(secret).OrderByDescending(s => s.Length)];
        }
    }

    /// <summary>The text with every known secret, and its form-encoded spelling, masked.</summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var secrets = Volatile.Read(ref _secrets);
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
            var encoded = Uri.EscapeDataString(secret);
            if (!string.Equals(encoded, secret, StringComparison.Ordinal))
            {
                text = text.Replace(encoded, Mask, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text;
    }
}
