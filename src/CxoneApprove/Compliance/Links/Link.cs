namespace CxoneApprove.Compliance;

/// <summary>A link found in a text, with or without a scheme.</summary>
/// <param name="Index">UTF-16 index of its first character (the scheme, or the host).</param>
/// <param name="Length">UTF-16 units up to the end of its path.</param>
/// <param name="Scheme"><c>http</c> or <c>https</c> as written, or <see langword="null"/> for a bare host (<c>acme.com/x</c>).</param>
/// <param name="Host">The host, lower case, without a leading <c>www.</c>.</param>
internal sealed record Link(int Index, int Length, string? Scheme, string Host)
{
    /// <summary>Whether the link names <paramref name="domain"/> or a subdomain of it.</summary>
    public bool IsOn(string domain) =>
        Host == domain || (Host.Length > domain.Length && Host.EndsWith(domain, StringComparison.Ordinal) && Host[^(domain.Length + 1)] == '.');
}
