namespace CxoneApprove.Sandbox.Domain;

/// <summary>A registered webhook, secret included (the API never returns it; tests may read it here).</summary>
public sealed record SandboxWebhook(
    string Id,
    string Url,
    IReadOnlyList<string> Events,
    string Secret,
    DateTimeOffset CreatedAt);
