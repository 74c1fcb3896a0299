using System.Net;

namespace CxoneApprove.Http;

/// <summary>Which URLs the tool may use: https anywhere, plain http only on this machine (the sandbox, a local proxy).</summary>
internal static class LoopbackHost
{
    /// <summary>Whether the host is this machine: 127.0.0.0/8, ::1 or localhost.</summary>
    public static bool Is(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));

    /// <summary>Whether <paramref name="uri"/> is absolute https, or http on loopback, with no credentials in it.</summary>
    public static bool IsAllowed(Uri uri) =>
        uri.IsAbsoluteUri
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && Is(uri)))
        && string.IsNullOrEmpty(uri.UserInfo);
}
