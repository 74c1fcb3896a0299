using System.Text.Json;
using System.Text.Json.Serialization;

namespace CxoneApprove.Cli.Sandbox;

/// <summary>
/// The part of the sandbox's one JSON line (<c>--announce json</c>) that a run needs: where it listens and the demo
/// client with every scope. The line holds more; unknown fields are ignored.
/// </summary>
internal sealed class SandboxAnnouncement
{
    public string? BaseUrl { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    /// <summary>Reads the line; null when it is not the announcement (not JSON, or a field missing).</summary>
    public static SandboxAnnouncement? Parse(string line)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize(line, SandboxJsonContext.Default.SandboxAnnouncement);
            return parsed is { BaseUrl: not null, ClientId: not null, ClientSecret: not null }
                && Uri.TryCreate(parsed.BaseUrl, UriKind.Absolute, out _) ? parsed : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>Source-generated JSON for <see cref="SandboxAnnouncement"/> (snake_case, as the sandbox writes it).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SandboxAnnouncement))]
internal sealed partial class SandboxJsonContext : JsonSerializerContext;
