namespace CxoneApprove.Sandbox.Http;

/// <summary>One line's worth of a handled request, for the host's request log. Holds no headers or bodies.</summary>
/// <param name="Method">HTTP method, e.g. <c>PUT</c>.</param>
/// <param name="Path">The path as sent on the wire (still percent-encoded), without the query.</param>
/// <param name="StatusCode">Status the sandbox answered (for a lost answer: the one it would have sent; 0 when dropped).</param>
/// <param name="ElapsedMs">Milliseconds from arrival to the start of the response, injected latency included.</param>
public sealed record SandboxRequestLog(string Method, string Path, int StatusCode, long ElapsedMs)
{
    /// <summary>Whether an injected fault closed the connection instead of answering.</summary>
    public ConnectionFault Fault { get; init; }
}
