namespace CxoneApprove.Compliance;

/// <summary>Domain names as a policy or an option gives them, made comparable with a link's host.</summary>
internal static class DomainNames
{
    /// <summary>
    /// <paramref name="domain"/> in lower case, without a scheme, a leading <c>www.</c> or a path:
    /// <c>https://www.Acme.com/</c> becomes <c>acme.com</c>; <see langword="null"/> when what is left is no host name.
    /// </summary>
    public static string? Normalize(string? domain)
    {
        var name = domain?.Trim().ToLowerInvariant() ?? string.Empty;
        foreach (var scheme in (ReadOnlySpan<string>)["https://", "http://"])
        {
            if (name.StartsWith(scheme, StringComparison.Ordinal))
            {
                name = name[scheme.Length..];
            }
        }

        var slash = name.IndexOfAny(['/', '?', '#']);
        name = (slash < 0 ? name : name[..slash]).TrimEnd('.');
        if (name.StartsWith("www.", StringComparison.Ordinal))
        {
            name = name[4..];
        }

        return LinkFinder.IsHost(name, bare: false) ? name : null;
    }

    /// <summary>The host names among <paramref name="domains"/>, normalized; the rest are left out.</summary>
    public static IReadOnlyList<string> NormalizeAll(IEnumerable<string> domains) =>
        [.. domains.Select(Normalize).OfType<string>().Distinct(StringComparer.Ordinal)];
}
