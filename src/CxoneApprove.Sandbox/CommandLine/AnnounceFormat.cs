namespace CxoneApprove.Sandbox.CommandLine;

/// <summary>What the sandbox prints on stdout once it listens.</summary>
internal enum AnnounceFormat
{
    /// <summary>A banner for people: the URL, the demo credentials and templates, what to try.</summary>
    Text,

    /// <summary>Exactly one JSON line (see <see cref="Announcement"/>), for a parent process to read; nothing else on stdout.</summary>
    Json,
}
