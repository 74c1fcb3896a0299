using System.CommandLine;
using System.Security.Cryptography;
using System.Text;

namespace CxoneApprove.Cli;

/// <summary>
/// <c>webhook verify</c>: checks a delivery's <c>X-Cxone-Signature</c> (HMAC-SHA256 of the raw body) in constant time,
/// so the dashboard team can test their side. Exit 0 valid, 3 invalid.
/// </summary>
internal static class WebhookCommand
{
    public static Command Create(CliContext context)
    {
        var secretFile = new Option<string>("--secret-file") { Description = "File holding the webhook secret; the HMAC key is its text as stored (a generated secret's 64 hex characters, not the bytes they spell), less one trailing newline.", HelpName = "path", Required = true };
        var signature = new Option<string>("--signature") { Description = "The X-Cxone-Signature header value (sha256=<hex>).", HelpName = "value", Required = true };
        var bodyFile = new Option<string?>("--body-file") { Description = "The raw delivery body; stdin when absent.", HelpName = "path" };
        var verify = new Command("verify", "Check a webhook delivery's signature against the secret.") { secretFile, signature, bodyFile };
        verify.SetAction(parse =>
        {
            string secret;
            byte[] body;
            try
            {
                secret = SettingsResolver.ReadSecret(parse.GetValue(secretFile), "--secret-file", context)!;
                var path = parse.GetValue(bodyFile);
                body = path is null ? ReadAll(context.OpenStdin()) : File.ReadAllBytes(path);
            }
            catch (UsageException ex)
            {
                context.Stderr.WriteLine($"error: {ex.Message}");
                return ExitCodes.Usage;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                context.Stderr.WriteLine($"error: cannot read --body-file: {ex.Message}");
                return ExitCodes.Usage;
            }

            if (Verify(secret, body, parse.GetValue(signature)!))
            {
                context.Stdout.WriteLine("valid: the signature matches the body and the secret");
                return ExitCodes.Success;
            }

            context.Stdout.WriteLine("invalid: the signature does not match (wrong secret, altered body, or not sha256=<hex>)");
            return ExitCodes.Invalid;
        });
        return new Command("webhook", "Webhook tools for the receiving side.") { verify };
    }

    /// <summary>Whether <paramref name="signature"/> (<c>sha256=&lt;hex&gt;</c>) signs <paramref name="body"/> with <paramref name="secret"/>.</summary>
    public static bool Verify(string secret, ReadOnlySpan<byte> body, string signature)
    {
        const string Prefix = "sha256=";
        var hex = signature.Trim();
        if (hex.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            hex = hex[Prefix.Length..];
        }

        byte[] claimed;
        try
        {
            claimed = Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        return CryptographicOperations.FixedTimeEquals(expected, claimed);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using (stream)
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
    }
}
