using System.Net;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Sandbox;

/// <summary>The demo templates must keep showing what their descriptions promise, whatever edits they get.</summary>
public sealed class DemoTemplateTests
{
    private const string Gsm7Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    [Fact]
    public async Task Get_EveryListedDemoTemplate_IsServedWithItsDescription()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();

        foreach (var demo in DemoTemplates.All)
        {
            using var response = await sandbox.GetTemplateAsync(token, demo.Id);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(string.IsNullOrWhiteSpace(demo.Description));
            Assert.DoesNotContain('\n', demo.Description);
        }

        Assert.Contains(DemoTemplates.All, demo => demo.Id == "demo-welcome");
        Assert.Equal(DemoTemplates.All.Count, DemoTemplates.All.Select(demo => demo.Id).Distinct().Count());
    }

    [Theory]
    [InlineData(DemoTemplates.Welcome)]
    [InlineData(DemoTemplates.Shipping)]
    [InlineData(DemoTemplates.Approved)]
    [InlineData(DemoTemplates.ServerRejects)]
    [InlineData("bulk-0001")]
    public async Task Template_Compliant_IsOneGsm7PartFromShortCodeWithOptOut(string templateId)
    {
        var template = await Fresh(templateId);

        Assert.True(IsGsm7(template.Content));
        Assert.InRange(template.Content.Length, 1, 160);
        Assert.Matches("^[0-9]{5,6}$", template.FromAddress);
        Assert.Contains("STOP to opt out", template.Content, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Template_TooLong_IsGsm7WithOptOutButOver160Septets()
    {
        var template = await Fresh(DemoTemplates.TooLong);

        Assert.True(IsGsm7(template.Content));
        Assert.InRange(template.Content.Length, 161, 306);
        Assert.Contains("Reply STOP", template.Content, StringComparison.Ordinal);
        Assert.Matches("^[0-9]{5,6}$", template.FromAddress);
    }

    [Fact]
    public async Task Template_BadSender_HasAFormattedPhoneNumber()
    {
        var template = await Fresh(DemoTemplates.BadSender);

        Assert.Equal("+1 (555) 010-9999", template.FromAddress);
        Assert.True(IsGsm7(template.Content));
    }

    [Fact]
    public async Task Template_NoOptOut_LacksStop()
    {
        Assert.DoesNotContain("STOP", (await Fresh(DemoTemplates.NoOptOut)).Content, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Template_NonGsm_NeedsTwoUcs2PartsButOneGsm7PartWithAStraightApostrophe()
    {
        var content = (await Fresh(DemoTemplates.NonGsm)).Content;
        var straightened = content.Replace('\u2019', '\'');

        Assert.Contains('\u2019', content);
        Assert.False(IsGsm7(content));
        Assert.InRange(content.Length, 71, 134);
        Assert.True(IsGsm7(straightened));
        Assert.InRange(straightened.Length, 1, 160);
    }

    [Fact]
    public async Task Template_Approved_StartsApproved()
    {
        Assert.Equal("APPROVED", (await Fresh(DemoTemplates.Approved)).Status);
    }

    /// <summary>The template as a client fetches it from a fresh sandbox.</summary>
    private static async Task<ServedTemplate> Fresh(string templateId)
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        using var response = await sandbox.GetTemplateAsync(await sandbox.GetTokenAsync(), templateId);
        var body = await SandboxTestClient.ReadJsonAsync(response);
        return new ServedTemplate(
            body.GetProperty("status").GetString()!,
            body.GetProperty("content").GetString()!,
            body.GetProperty("from_address").GetString()!);
    }

    private static bool IsGsm7(string text) => text.All(Gsm7Basic.Contains);

    private sealed record ServedTemplate(string Status, string Content, string FromAddress);
}
