using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.Sandbox.CommandLine;

/// <summary>What the sandbox tells a person once it listens: where, with which credentials, what to try.</summary>
internal static class Banner
{
    public static void Write(TextWriter stdout, string origin, string? certificateFile)
    {
        stdout.WriteLine($"CXone sandbox listening on {origin}");
        if (certificateFile is not null)
        {
            stdout.WriteLine($"  TLS certificate: {certificateFile}   (trust it with SSL_CERT_FILE={certificateFile})");
        }

        stdout.WriteLine();
        stdout.WriteLine($"  client id:      {DemoCredentials.ClientId}");
        stdout.WriteLine($"  client secret:  {DemoCredentials.ClientSecret}   (demo only; it holds & = + % / on purpose)");
        stdout.WriteLine($"  read-only id:   {DemoCredentials.ReadOnlyClientId} / {DemoCredentials.ReadOnlyClientSecret}   (messaging:read only: rehearses 403)");
        stdout.WriteLine();
        stdout.WriteLine($"  CXone sign-in:  issuer {origin}, tenant {DemoCredentials.TenantId}");
        stdout.WriteLine($"    application:  {DemoCredentials.ApplicationClientId} / {DemoCredentials.ApplicationClientSecret}   (HTTP Basic)");
        stdout.WriteLine($"    access key:   {DemoCredentials.AccessKeyId} / {DemoCredentials.AccessKeySecret}");
        stdout.WriteLine($"    read-only:    {DemoCredentials.ReadOnlyAccessKeyId} / {DemoCredentials.ReadOnlyAccessKeySecret}   (messaging:read only)");
        stdout.WriteLine();
        stdout.WriteLine("  demo templates:");
        foreach (var template in DemoTemplates.All)
        {
            stdout.WriteLine($"    {template.Id,-18} {template.Description}");
        }

        stdout.WriteLine();
        stdout.WriteLine("  try:");
        stdout.WriteLine($"    export CXONE_BASE_URL={origin} CXONE_CLIENT_ID={DemoCredentials.ClientId}");
        stdout.WriteLine($"    export CXONE_CLIENT_SECRET='{DemoCredentials.ClientSecret}'");
        stdout.WriteLine($"    cxone-approve -t {DemoTemplates.Welcome}");
        stdout.WriteLine($"    curl {origin}/_sandbox/stats");
        stdout.WriteLine();
        stdout.WriteLine("Press Ctrl+C to stop.");
        stdout.Flush();
    }
}
