namespace CxoneApprove.Sandbox.Domain;

/// <summary>A demo template's initial state, and the line that says what it shows.</summary>
internal sealed record TemplateSeed(SandboxTemplate Template, string Description);
