using System.Text.Json;
using CxoneApprove.IntegrationTests.Sandbox;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Faults;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>Issue 5: an audit trail and a webhook secret that lose nothing.</summary>
public sealed class AuditAndWebhookTests
{
    [Fact]
    public async Task AuditPublishFails_ApprovalIsExit0WithAWarning_AndFlushPublishesTheRecordExactlyOnce()
    {
        var options = new SandboxOptions();
        options.Faults.Add(new FaultRule("POST", "/api/v1/audit/logs", [500]));
        await using var sandbox = await SandboxServer.StartAsync(options, TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox);
        var journal = Path.Combine(cli.StateDirectory, "cxone-approve", "audit.jsonl");

        var run = await cli.RunAsync("-t", DemoTemplates.Welcome, "--max-retries", "0", "--output", "json");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Equal("warning", run.Step("audit").GetProperty("status").GetString());
        Assert.Contains("audit flush", run.Step("audit").GetProperty("hint").GetString(), StringComparison.Ordinal);
        Assert.Empty(sandbox.State.AuditLogs);
        var line = JsonDocument.Parse(File.ReadAllLines(journal).Single()).RootElement;
        Assert.False(line.GetProperty("published").GetBoolean());
        Assert.Equal("approved", line.GetProperty("outcome").GetString());

        var flush = await cli.RunAsync("audit", "flush");
        Assert.True(flush.ExitCode == 0, flush.Stdout + flush.Stderr);
        Assert.Contains("published 1", flush.Stdout, StringComparison.Ordinal);
        var published = Assert.Single(sandbox.State.AuditLogs);
        Assert.Equal(DemoTemplates.Welcome, JsonDocument.Parse(published.RawJson).RootElement.GetProperty("template_id").GetString());

        var again = await cli.RunAsync("audit", "flush");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("published 0", again.Stdout, StringComparison.Ordinal);
        Assert.Single(sandbox.State.AuditLogs);

        var show = await cli.RunAsync("audit", "show", "--output", "json");
        var shown = Assert.Single(show.Json.EnumerateArray());
        Assert.True(shown.GetProperty("published").GetBoolean());
    }

    [Fact]
    public async Task ReRunOfTheSameApproval_WhosePublishFailed_StaysUnpublishedUntilFlushed()
    {
        // Each --sandbox run starts a fresh sandbox, so both runs derive the same idempotency key: the journal
        // must still tell the two records apart.
        using var cli = new CliRun();
        var first = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome);
        var second = await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "--max-retries", "0",
            "--sandbox-fault", "POST /api/v1/audit/logs status=500");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);

        var show = await cli.RunAsync("audit", "show", "--output", "json", "--audit-file",
            Path.Combine(cli.StateDirectory, "cxone-approve", "sandbox-audit.jsonl"));

        Assert.Equal([true, false], show.Json.EnumerateArray().Select(e => e.GetProperty("published").GetBoolean()));
    }

    [Fact]
    public async Task EveryOutcome_IsJournaledBeforeItIsReported()
    {
        using var cli = new CliRun();
        var journal = Path.Combine(cli.StateDirectory, "cxone-approve", "sandbox-audit.jsonl");

        await cli.RunAsync("--sandbox", "-t", DemoTemplates.Welcome, "-t", DemoTemplates.NoOptOut, "-t", "no-such-template");

        var outcomes = File.ReadAllLines(journal).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("template_id").GetString()!, e => e.GetProperty("outcome").GetString());
        Assert.Equal("approved", outcomes[DemoTemplates.Welcome]);
        Assert.Equal("invalid", outcomes[DemoTemplates.NoOptOut]);
        Assert.Equal("failed", outcomes["no-such-template"]);
    }

    [Fact]
    public async Task TwoRuns_OnTheSameTemplateWithTheSameWebhookUrl_LeaveOneWebhookRegistered()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox).With("CXONE_WEBHOOK_SECRET", "whsec-two-runs-0123456789");

        var first = await cli.RunAsync("-t", DemoTemplates.Welcome, "--webhook-url", "https://dash.example.com/hook", "--output", "json");
        var second = await cli.RunAsync("-t", DemoTemplates.Welcome, "--webhook-url", "https://dash.example.com/hook", "--output", "json");

        Assert.Equal("approved", first.Template().GetProperty("outcome").GetString());
        Assert.Equal("already_approved", second.Template().GetProperty("outcome").GetString());
        Assert.Equal("ok", first.Step("webhook").GetProperty("status").GetString());
        Assert.Equal("skipped", second.Step("webhook").GetProperty("status").GetString());
        Assert.Single(sandbox.State.Webhooks);
        Assert.Single(sandbox.State.A2PRegistrations);
    }

    [Fact]
    public async Task SignedDelivery_FromTheSandbox_IsAcceptedByWebhookVerify_AndOneChangedByteIsRejected()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        var secretFile = Path.Combine(cli.StateDirectory, "webhook.secret");
        await File.WriteAllTextAsync(secretFile, "whsec-delivery-0123456789abcdef\n", TestContext.Current.CancellationToken);
        cli.Against(sandbox);

        // The webhook is registered by the first template; the second one's approval is delivered to it.
        var run = await cli.RunAsync("-t", DemoTemplates.Welcome, "-t", DemoTemplates.Shipping, "--concurrency", "1",
            "--webhook-url", receiver.Url, "--webhook-secret-file", secretFile);
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        var delivery = await receiver.NextAsync();
        var bodyFile = Path.Combine(cli.StateDirectory, "body.json");
        await File.WriteAllBytesAsync(bodyFile, delivery.Body, TestContext.Current.CancellationToken);

        var valid = await cli.RunAsync("webhook", "verify", "--secret-file", secretFile, "--signature", delivery.Signature, "--body-file", bodyFile);
        var tampered = delivery.Body.ToArray();
        tampered[tampered.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(bodyFile, tampered, TestContext.Current.CancellationToken);
        var invalid = await cli.RunAsync("webhook", "verify", "--secret-file", secretFile, "--signature", delivery.Signature, "--body-file", bodyFile);

        Assert.Equal(0, valid.ExitCode);
        Assert.Equal(3, invalid.ExitCode);
    }

    [Fact]
    public async Task NoWebhookSecretGiven_OneIsGeneratedIntoAPrivateFile_AndNeverPrinted()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        cli.Against(sandbox);

        var run = await cli.RunAsync("-t", DemoTemplates.Welcome, "--webhook-url", "https://dash.example.com/hook", "--verbose");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(cli.StateDirectory, "cxone-approve"), "webhook-secret-*"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        var secret = (await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)).Trim();
        Assert.Equal(64, secret.Length);
        Assert.Contains(file, run.Stderr + run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.Equal(secret, Assert.Single(sandbox.State.Webhooks).Secret);
    }

    [Fact]
    public async Task CtrlC_DuringARun_StopsInFlightWorkJournalsCancelledAndExits130()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var options = new SandboxOptions
        {
            BeforeRequest = (method, _) =>
            {
                if (method == "PUT")
                {
                    cancel.Cancel();
                }
            },
        };
        // The PUT would take a minute; Ctrl+C must not wait for it.
        options.Faults.Add(new FaultRule("PUT", "/api/v1/messaging/templates/*", latency: TimeSpan.FromMinutes(1)));
        await using var sandbox = await SandboxServer.StartAsync(options, TestContext.Current.CancellationToken);
        using var cli = new CliRun { Cancel = cancel };
        cli.Against(sandbox);

        var run = await cli.RunAsync("-t", DemoTemplates.Welcome, "-t", DemoTemplates.Shipping, "--concurrency", "1", "--output", "json");

        Assert.Equal(130, run.ExitCode);
        Assert.All(run.Json.GetProperty("templates").EnumerateArray(), t => Assert.Equal("cancelled", t.GetProperty("outcome").GetString()));
        // The template in flight keeps what it had done and says where it stopped.
        Assert.Equal("ok", run.Step("fetch").GetProperty("status").GetString());
        Assert.Equal("failed", run.Step("approve").GetProperty("status").GetString());
        Assert.Contains("cancelled", run.Step("approve").GetProperty("error").GetString(), StringComparison.Ordinal);
        var journal = File.ReadAllLines(Path.Combine(cli.StateDirectory, "cxone-approve", "audit.jsonl"));
        Assert.Equal(2, journal.Count(l => l.Contains("\"outcome\":\"cancelled\"", StringComparison.Ordinal)));
    }
}
