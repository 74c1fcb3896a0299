using System.Net;

namespace CxoneApprove.Sandbox.Webhooks;

/// <summary>Decides whether a host is this machine: the only place the sandbox ever sends a webhook.</summary>
internal static class LoopbackAddress
{
    public static bool IsLoopbackHost(Uri url) =>
        url.IsLoopback
        || url.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IsLoopback(address));

    public static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
