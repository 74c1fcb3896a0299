using System.Security.Cryptography;
using System.Text;

namespace CxoneApprove.Sandbox.Webhooks;

/// <summary>The <c>X-Cxone-Signature</c> value: <c>sha256=</c> and the lowercase hex HMAC-SHA256 of the raw body.</summary>
internal static class WebhookSignature
{
    public const string HeaderName = "X-Cxone-Signature";

    public static string Compute(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
