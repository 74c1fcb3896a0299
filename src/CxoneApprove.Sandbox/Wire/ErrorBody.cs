namespace CxoneApprove.Sandbox.Wire;

/// <summary>The API's error body: <c>{"error": "&lt;code&gt;", "message": "&lt;text&gt;"}</c>.</summary>
internal sealed record ErrorBody(string Error, string Message);
