using System.Net;
using System.Text;

namespace CxoneApprove.Sandbox.Auth;

/// <summary>
/// HTTP Basic client authentication as OAuth defines it (RFC 6749 §2.3.1): the id and secret are form-encoded,
/// joined with ':' and base64-encoded. A client that skips the form-encoding sends a different secret.
/// </summary>
internal static class BasicCredentials
{
    /// <summary>The client id and secret in an <c>Authorization: Basic …</c> value, or <see langword="null"/> when there are none.</summary>
    public static (string ClientId, string ClientSecret)? Read(string authorization)
    {
        const string scheme = "Basic ";
        if (!authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var bytes = new byte[authorization.Length];
        if (!Convert.TryFromBase64String(authorization[scheme.Length..].Trim(), bytes, out var length))
        {
            return null;
        }

        var pair = Encoding.UTF8.GetString(bytes, 0, length);
        var colon = pair.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? null : (WebUtility.UrlDecode(pair[..colon]), WebUtility.UrlDecode(pair[(colon + 1)..]));
    }
}
