namespace CxoneApprove.Sandbox.Auth;

/// <summary>The grant behind a good token, or why the token is refused.</summary>
internal sealed record TokenCheck(AccessGrant? Grant, string? Problem);
