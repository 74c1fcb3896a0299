using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CxoneApprove.Sandbox.Http;

/// <summary>
/// A self-signed certificate for 127.0.0.1, ::1 and localhost, made fresh at each start: TLS as real runs use it,
/// trusted by a client that is handed its PEM (e.g. through <c>SSL_CERT_FILE</c>), by nobody else.
/// </summary>
internal static class LoopbackCertificate
{
    public static X509Certificate2 Create()
    {
        // P-256 rather than RSA: generating the key takes a millisecond, not a noticeable part of start-up.
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=cxone-approve sandbox", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));

        // Real time, not the sandbox clock: clients check validity against theirs.
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
    }
}
