namespace CxoneApprove.Sandbox.Domain;

/// <summary>The outcome of <see cref="SandboxState.Update"/>: the template before, and what was stored (null: unchanged).</summary>
internal sealed record TemplateUpdate(SandboxTemplate Before, SandboxTemplate? After);
