using CxoneApprove.Tests.Http;
using CxoneApprove.Workflow;

namespace CxoneApprove.Tests.Workflow;

/// <summary>The compliance webhook is made sure of once per run, by the first template in input order.</summary>
public sealed class WebhookRegistrationTests
{
    private static readonly Uri Url = new("https://hooks.acme.example/cxone");

    [Fact]
    public async Task ThreeTemplates_ListAndRegisterOnce_AndTheFirstInInputOrderDoesIt()
    {
        using var h = new WorkflowHarness(new ApprovalSettings { WebhookUrl = Url }, templates: 3);

        // The third template reaches the step first; it must wait for the first two.
        var third = h.Server.RunAsync(() => h.Webhook.EnsureAsync(2, Url, CancellationToken.None));
        var second = h.Server.RunAsync(() => h.Webhook.EnsureAsync(1, Url, CancellationToken.None));
        Assert.False(third.IsCompleted);
        var first = await h.Server.RunAsync(() => h.Webhook.EnsureAsync(0, Url, CancellationToken.None));

        Assert.Equal("secret from the test", first.Detail);
        Assert.Equal(2, first.Attempts);
        Assert.Equal("made sure of once for this run, by an earlier template", (await second).Detail);
        Assert.Equal("made sure of once for this run, by an earlier template", (await third).Detail);
        Assert.Single(h.Server.To("GET", "/api/v1/webhooks"));
        Assert.Single(h.Server.To("POST", "/api/v1/webhooks"));
    }

    [Fact]
    public async Task FirstTemplateEndsBeforeTheStep_TheSecondRegisters()
    {
        using var h = new WorkflowHarness(new ApprovalSettings { WebhookUrl = Url }, templates: 2);
        h.Webhook.Resolved(0);

        var second = await h.Server.RunAsync(() => h.Webhook.EnsureAsync(1, Url, CancellationToken.None));

        Assert.Equal("secret from the test", second.Detail);
        Assert.Single(h.Server.To("POST", "/api/v1/webhooks"));
    }

    [Fact]
    public async Task AlreadyRegistered_IsSkippedWithoutASecretOrAPost()
    {
        using var h = new WorkflowHarness(new ApprovalSettings { WebhookUrl = Url });
        h.Server.Script("GET", "/api/v1/webhooks", _ => ClientHarness.Status(200,
            """[{"id":"wh-1","url":"https://hooks.acme.example/cxone","events":["template.approved","a2p.registered"]}]"""));

        var result = await h.Server.RunAsync(() => h.Webhook.EnsureAsync(0, Url, CancellationToken.None));

        Assert.Equal("already registered", result.Detail);
        Assert.Empty(h.Server.To("POST", "/api/v1/webhooks"));
    }
}
