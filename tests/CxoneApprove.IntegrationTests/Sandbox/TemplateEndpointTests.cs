using System.Net;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;
using Microsoft.Extensions.Time.Testing;

namespace CxoneApprove.IntegrationTests.Sandbox;

public sealed class TemplateEndpointTests
{
    [Fact]
    public async Task Get_DemoWelcome_ReturnsTemplateWithQuotedETag()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();

        using var response = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);
        var template = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.Equal("demo-welcome", template.GetProperty("id").GetString());
        Assert.Equal("PENDING", template.GetProperty("status").GetString());
        Assert.Equal("12345", template.GetProperty("from_address").GetString());
        Assert.Equal("2026-11-01T10:00:00Z", template.GetProperty("meta").GetProperty("created_at").GetString());
        Assert.Equal("2026-11-20T08:30:00Z", template.GetProperty("meta").GetProperty("updated_at").GetString());
        Assert.False(string.IsNullOrEmpty(template.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Get_UnknownTemplate_Returns404NotFound()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.GetTemplateAsync(await sandbox.GetTokenAsync(), "tpl-missing");
        var (status, error, message) = await SandboxTestClient.ReadErrorAsync(response);

        Assert.Equal((404, "not_found", "template tpl-missing does not exist"), (status, error, message));
    }

    [Fact]
    public async Task Put_CurrentIfMatch_ApprovesBumpsVersionAndStampsUpdatedAt()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
        await using var sandbox = await SandboxTestClient.StartAsync(new SandboxOptions { TimeProvider = clock });
        var token = await sandbox.GetTokenAsync();

        using var response = await sandbox.ApproveAsync(token, DemoTemplates.Welcome, ifMatch: "\"1\"");
        var template = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("APPROVED", template.GetProperty("status").GetString());
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        Assert.Equal("2026-11-27T10:00:00Z", template.GetProperty("meta").GetProperty("updated_at").GetString());
        var stored = sandbox.Server.State.FindTemplate(DemoTemplates.Welcome)!;
        Assert.Equal(("APPROVED", 2), (stored.Status, stored.Version));
    }

    [Fact]
    public async Task Put_WithoutIfMatch_ApprovesLikeTheTutorialClient()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.ApproveAsync(await sandbox.GetTokenAsync(), DemoTemplates.Shipping);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("APPROVED", sandbox.Server.State.FindTemplate(DemoTemplates.Shipping)!.Status);
    }

    [Fact]
    public async Task Put_StaleIfMatch_Returns409ConflictAndChangesNothing()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.ApproveAsync(await sandbox.GetTokenAsync(), DemoTemplates.Welcome, ifMatch: "\"7\"");
        var (status, error, message) = await SandboxTestClient.ReadErrorAsync(response);

        Assert.Equal((409, "conflict"), (status, error));
        Assert.StartsWith("stale version:", message, StringComparison.Ordinal);
        Assert.Equal("PENDING", sandbox.Server.State.FindTemplate(DemoTemplates.Welcome)!.Status);
    }

    [Fact]
    public async Task Put_AfterSimulatedConcurrentEdit_Returns409ForTheETagFetchedBefore()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();
        using var fetched = await sandbox.GetTemplateAsync(token, DemoTemplates.Welcome);
        var etag = fetched.Headers.ETag!.Tag;

        var edited = sandbox.Server.SimulateConcurrentEdit(DemoTemplates.Welcome);
        using var response = await sandbox.ApproveAsync(token, DemoTemplates.Welcome, ifMatch: etag);

        Assert.Equal("\"2\"", edited.ETag);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Put_AlreadyApprovedTemplate_Returns409TemplateAlreadyApproved()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.ApproveAsync(await sandbox.GetTokenAsync(), DemoTemplates.Approved);
        var (status, error, message) = await SandboxTestClient.ReadErrorAsync(response);

        Assert.Equal((409, "conflict", "template already approved"), (status, error, message));
    }

    [Fact]
    public async Task Put_SecondApprovalOfSameTemplate_Returns409()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        var token = await sandbox.GetTokenAsync();

        using var first = await sandbox.ApproveAsync(token, DemoTemplates.Welcome);
        using var second = await sandbox.ApproveAsync(token, DemoTemplates.Welcome);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Theory]
    [InlineData(DemoTemplates.BadSender, "from_address")]
    [InlineData(DemoTemplates.ServerRejects, "bit.ly")]
    public async Task Put_ContentTheServerRefuses_Returns400ValidationFailed(string templateId, string named)
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.ApproveAsync(await sandbox.GetTokenAsync(), templateId);
        var (status, error, message) = await SandboxTestClient.ReadErrorAsync(response);

        Assert.Equal((400, "validation_failed"), (status, error));
        Assert.Contains(named, message, StringComparison.Ordinal);
        Assert.Equal("PENDING", sandbox.Server.State.FindTemplate(templateId)!.Status);
    }

    [Fact]
    public async Task Put_EmptyContent_Returns400ValidationFailed()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.SendAsync(
            HttpMethod.Put, "api/v1/messaging/templates/demo-welcome", await sandbox.GetTokenAsync(), """{"id":"demo-welcome","status":"APPROVED","content":""}""");
        var (status, error, message) = await SandboxTestClient.ReadErrorAsync(response);

        Assert.Equal((400, "validation_failed", "content is empty"), (status, error, message));
    }

    [Theory]
    [InlineData("{not json", "invalid_request")]
    [InlineData("""{"id":"demo-welcome","status":"PENDING"}""", "invalid_request")]
    [InlineData("""{"id":"demo-shipping","status":"APPROVED"}""", "invalid_request")]
    public async Task Put_UnacceptableBody_Returns400(string body, string expectedError)
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.SendAsync(HttpMethod.Put, "api/v1/messaging/templates/demo-welcome", await sandbox.GetTokenAsync(), body);

        Assert.Equal((400, expectedError), await SandboxTestClient.ReadStatusAndErrorAsync(response));
    }

    [Fact]
    public async Task Put_UnknownTemplate_Returns404()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.SendAsync(
            HttpMethod.Put, "api/v1/messaging/templates/tpl-missing", await sandbox.GetTokenAsync(), """{"status":"APPROVED"}""");

        Assert.Equal((404, "not_found"), await SandboxTestClient.ReadStatusAndErrorAsync(response));
    }

    [Theory]
    [InlineData("bulk-0001")]
    [InlineData("bulk-4711")]
    [InlineData("bulk-9999")]
    public async Task Get_BulkId_ServesCompliantPendingTemplateCreatedOnFirstAccess(string templateId)
    {
        await using var sandbox = await SandboxTestClient.StartAsync();
        Assert.Null(sandbox.Server.State.FindTemplate(templateId));

        using var response = await sandbox.GetTemplateAsync(await sandbox.GetTokenAsync(), templateId);
        var template = await SandboxTestClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(templateId, template.GetProperty("id").GetString());
        Assert.Equal("PENDING", template.GetProperty("status").GetString());
        Assert.Contains("Reply STOP", template.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.NotNull(sandbox.Server.State.FindTemplate(templateId));
    }

    [Theory]
    [InlineData("bulk-0000")]
    [InlineData("bulk-10000")]
    [InlineData("bulk-12a4")]
    public async Task Get_IdOutsideBulkRange_Returns404(string templateId)
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.GetTemplateAsync(await sandbox.GetTokenAsync(), templateId);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Put_BulkTemplate_Approves()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.ApproveAsync(await sandbox.GetTokenAsync(), "bulk-0042");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Delete_Template_Returns405WithAllowHeader()
    {
        await using var sandbox = await SandboxTestClient.StartAsync();

        using var response = await sandbox.SendAsync(HttpMethod.Delete, "api/v1/messaging/templates/demo-welcome", await sandbox.GetTokenAsync());

        Assert.Equal((405, "method_not_allowed"), await SandboxTestClient.ReadStatusAndErrorAsync(response));
        Assert.Equal(["GET", "PUT"], response.Content.Headers.Allow);
    }
}
