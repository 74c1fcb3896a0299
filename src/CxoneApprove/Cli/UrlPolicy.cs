using CxoneApprove.Http;

namespace CxoneApprove.Cli;

/// <summary>Only https URLs, except plain http on loopback (the sandbox, a local proxy).</summary>
internal static class UrlPolicy
{
    /// <summary>The URL in <paramref name="value"/>, or a <see cref="UsageException"/> naming <paramref name="source"/>.</summary>
    public static Uri Require(string value, string source)
    {
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new UsageException($"{source} is not an absolute http(s) URL: \"{value}\"");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            throw new UsageException($"{source} must use https (plain http is allowed only on loopback): \"{uri.GetLeftPart(UriPartial.Authority)}\"");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new UsageException($"{source} must not carry credentials in the URL");
        }

        return uri;
    }

    /// <summary>Whether the host is this machine: 127.0.0.0/8, ::1 or localhost.</summary>
    public static bool IsLoopback(Uri uri) => LoopbackHost.Is(uri);
}
