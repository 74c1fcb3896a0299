namespace CxoneApprove.Sandbox;

/// <summary>One line's worth of a handled request, for <see cref="SandboxOptions.RequestLogged"/>. Holds no headers or bodies.</summary>
/// <param name="Method">HTTP method, e.g. <c>PUT</c>.</param>
/// <param name="Path">The path as sent on the wire (still percent-encoded), without the query.</param>
/// <param name="StatusCode">Status the sandbox answered.</param>
/// <param name="ElapsedMs">Milliseconds from arrival to the start of the response, injected latency included.</param>
public sealed record SandboxRequestLog(string Method, string Path, int StatusCode, long ElapsedMs);
