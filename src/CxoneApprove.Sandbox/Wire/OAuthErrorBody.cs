namespace CxoneApprove.Sandbox.Wire;

/// <summary>The token endpoint's error body, RFC 6749 §5.2: <c>{"error", "error_description"}</c>.</summary>
internal sealed record OAuthErrorBody(string Error, string ErrorDescription);
