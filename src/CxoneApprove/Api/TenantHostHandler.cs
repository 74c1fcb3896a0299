namespace CxoneApprove.Api;

/// <summary>
/// Sends API calls to the tenant's host once the CXone sign-in has found it. Until then requests are addressed to a
/// placeholder host that cannot resolve, so a bearer token can never leave for a host nobody named.
/// </summary>
internal sealed class TenantHostHandler(Func<Uri?> apiBaseUrl) : DelegatingHandler
{
    /// <summary>The address API requests carry before the sign-in has named the tenant's host.</summary>
    public static readonly Uri Placeholder = new("https://tenant-api-host.invalid/");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && uri.Host == Placeholder.Host && apiBaseUrl() is { } host)
        {
            var root = host.AbsoluteUri.EndsWith('/') ? host : new Uri(host.AbsoluteUri + "/");
            request.RequestUri = new Uri(root, uri.PathAndQuery.TrimStart('/'));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
