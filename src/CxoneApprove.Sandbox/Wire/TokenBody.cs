namespace CxoneApprove.Sandbox.Wire;

/// <summary>A successful token response.</summary>
internal sealed record TokenBody(string AccessToken, string TokenType, long ExpiresIn, string Scope);
