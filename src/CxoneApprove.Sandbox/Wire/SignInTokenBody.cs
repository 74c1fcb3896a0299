namespace CxoneApprove.Sandbox.Wire;

/// <summary>A successful answer of the CXone sign-in (password or refresh-token grant).</summary>
internal sealed record SignInTokenBody(string AccessToken, string TokenType, long ExpiresIn, string RefreshToken, string Scope, string IdToken);
