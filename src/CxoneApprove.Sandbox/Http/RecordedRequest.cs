namespace CxoneApprove.Sandbox.Http;

/// <summary>A request the sandbox received, recorded when its answer was decided (before the response reaches the client).</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">The path as sent on the wire (still percent-encoded), without the query.</param>
/// <param name="Query">The query without its leading <c>?</c>, or <see langword="null"/> when there was none.</param>
/// <param name="StatusCode">Status the sandbox answered (for a lost answer: the one it would have sent; 0 when dropped).</param>
/// <param name="Headers">Request headers, case-insensitive names, repeated values joined with <c>", "</c>. Includes <c>Authorization</c>: this is test data.</param>
/// <param name="Body">The request body decoded as UTF-8 (the token request's form body includes the client secret).</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string? Query,
    int StatusCode,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    /// <summary>Whether an injected fault closed the connection instead of answering.</summary>
    public ConnectionFault Fault { get; init; }
}
