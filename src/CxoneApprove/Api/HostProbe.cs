using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using CxoneApprove.Http;

namespace CxoneApprove.Api;

/// <summary>What a look at a host found: whether it answered a connection, and what its TLS said.</summary>
internal sealed record HostCheck(bool Reached, string Summary);

/// <summary>
/// Opens a connection to a host and, for https, completes the TLS handshake with the system's certificate checks, then
/// hangs up: it proves reachability and TLS without sending a single HTTP request.
/// </summary>
internal static class HostProbe
{
    /// <summary>Connects to <paramref name="host"/> within <paramref name="timeout"/>, on <paramref name="time"/>'s clock.</summary>
    public static async Task<HostCheck> CheckAsync(Uri host, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var where = $"{host.Scheme}://{host.Authority}";
        var proxy = LoopbackHost.Is(host) ? null : HttpClient.DefaultProxy.GetProxy(host);
        if (proxy is not null && proxy != host)
        {
            return new HostCheck(true, $"{where}: reached through the proxy {proxy.Authority}; TLS not checked from here");
        }

        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(host.DnsSafeHost, host.Port, linked.Token);
            if (host.Scheme != Uri.UriSchemeHttps)
            {
                return new HostCheck(true, $"{where} reachable (plain http, allowed on loopback only: no TLS)");
            }

            await using var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = host.DnsSafeHost }, linked.Token);
            return new HostCheck(true, $"{where} reachable over {Describe(tls, time)}");
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new HostCheck(false, $"{where} did not answer within {timeout.TotalSeconds:0} s");
        }
        catch (SocketException ex)
        {
            return new HostCheck(false, $"{where} cannot be reached ({ex.SocketErrorCode})");
        }
        catch (AuthenticationException ex)
        {
            return new HostCheck(false, $"{where} failed the TLS handshake: {ex.Message}");
        }
        catch (IOException ex)
        {
            return new HostCheck(false, $"{where} dropped the connection: {ex.Message}");
        }
    }

    private static string Describe(SslStream tls, TimeProvider time)
    {
        var protocol = tls.SslProtocol switch
        {
            SslProtocols.Tls13 => "TLS 1.3",
            SslProtocols.Tls12 => "TLS 1.2",
            var other => other.ToString(),
        };
        if (tls.RemoteCertificate is not X509Certificate2 certificate)
        {
            return protocol;
        }

        var expires = new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        var left = expires - time.GetUtcNow();
        var warning = left < TimeSpan.FromDays(14) ? $" (expires in {Math.Max(0, left.TotalDays):0} days)" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{protocol}, certificate for {certificate.GetNameInfo(X509NameType.DnsName, false)} trusted, valid until {expires:yyyy-MM-dd}{warning}");
    }
}
