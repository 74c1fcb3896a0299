using CxoneApprove.Sandbox.Faults;
using CxoneApprove.Sandbox.Throttling;

namespace CxoneApprove.Sandbox.CommandLine;

/// <summary>The sandbox executable's command line, checked: every value is in range and every fault spec parsed.</summary>
internal sealed record LaunchSettings(
    int Port,
    IReadOnlyList<FaultRule> Faults,
    double? RequestsPerSecond,
    RateLimitHeaders RateLimitHeaders,
    TimeSpan TokenLifetime,
    bool UseHttps,
    string? CertificateFile,
    AnnounceFormat Announce,
    bool ExitOnStdinEof,
    bool Quiet);
