using System.Text.Json;
using System.Text.Json.Serialization;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.Sandbox.CommandLine;

/// <summary>
/// The one JSON line <c>--announce json</c> prints once the sandbox listens: where it is and every demo credential, so a
/// parent process needs nothing else to use it.
/// </summary>
internal sealed record Announcement(
    string BaseUrl,
    string Issuer,
    string TenantId,
    string StatsUrl,
    string? CertificateFile,
    int Pid,
    string ClientId,
    string ClientSecret,
    string ReadOnlyClientId,
    string ReadOnlyClientSecret,
    string PlainClientId,
    string PlainClientSecret,
    string ApplicationClientId,
    string ApplicationClientSecret,
    string AccessKeyId,
    string AccessKeySecret,
    string ReadOnlyAccessKeyId,
    string ReadOnlyAccessKeySecret)
{
    public static string Line(string origin, string? certificateFile) => JsonSerializer.Serialize(
        new Announcement(
            origin,
            origin,
            DemoCredentials.TenantId,
            origin + "/_sandbox/stats",
            certificateFile,
            Environment.ProcessId,
            DemoCredentials.ClientId,
            DemoCredentials.ClientSecret,
            DemoCredentials.ReadOnlyClientId,
            DemoCredentials.ReadOnlyClientSecret,
            DemoCredentials.PlainClientId,
            DemoCredentials.PlainClientSecret,
            DemoCredentials.ApplicationClientId,
            DemoCredentials.ApplicationClientSecret,
            DemoCredentials.AccessKeyId,
            DemoCredentials.AccessKeySecret,
            DemoCredentials.ReadOnlyAccessKeyId,
            DemoCredentials.ReadOnlyAccessKeySecret),
        AnnouncementJsonContext.Default.Announcement);
}

/// <summary>Source-generated JSON for <see cref="Announcement"/>: snake_case, compact, one line.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(Announcement))]
internal sealed partial class AnnouncementJsonContext : JsonSerializerContext;
