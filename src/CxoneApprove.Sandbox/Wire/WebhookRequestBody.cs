namespace CxoneApprove.Sandbox.Wire;

/// <summary>The body of <c>POST /api/v1/webhooks</c>.</summary>
internal sealed class WebhookRequestBody
{
    public string? Url { get; init; }

    public List<string>? Events { get; init; }

    public string? Secret { get; init; }
}
