using System.Text.Json;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Faults;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>
/// Issue 11, as a process: killed at any moment and run again, a bulk approval ends with every template approved once and
/// nothing on the server twice; terminated, it journals what it did not finish as cancelled and exits 130.
/// </summary>
public sealed class ProcessRunTests : IDisposable
{
    private const int Templates = 30;
    private const string WebhookUrl = "https://hooks.acme.example/cxone";
    private readonly string _directory = Directory.CreateTempSubdirectory("cxone-approve-process-").FullName;

    // The moments: the n-th request the sandbox sees (token, fetches, PUTs, A2P, webhook, audit logs interleave).
    [Theory]
    [InlineData(3)]
    [InlineData(18)]
    [InlineData(47)]
    [InlineData(83)]
    [InlineData(119)]
    public async Task KilledAtTheNthRequest_ThenRunAgain_ApprovesEachTemplateOnceAndCreatesNothingTwice(int moment)
    {
        ToolProcess? first = null;
        var seen = 0;
        var options = new SandboxOptions
        {
            BeforeRequest = (_, _) =>
            {
                if (Interlocked.Increment(ref seen) == moment)
                {
                    first?.Kill();
                }
            },
        };
        await using var sandbox = await SandboxServer.StartAsync(options, TestContext.Current.CancellationToken);
        var environment = Environment(sandbox);

        first = ToolProcess.Start(environment, Arguments());
        var killed = await first.WaitAsync();
        using var second = ToolProcess.Start(environment, Arguments());
        var rerun = await second.WaitAsync();
        using var show = ToolProcess.Start(environment, "audit", "show", "--output", "json", "--audit-file", JournalPath);
        var journal = await show.WaitAsync();
        first.Dispose();

        Assert.NotEqual(0, killed.ExitCode);
        Assert.True(rerun.ExitCode == 0, rerun.Stdout + rerun.Stderr);
        var ids = Ids().ToHashSet(StringComparer.Ordinal);
        Assert.All(ids, id => Assert.Equal("APPROVED", sandbox.State.FindTemplate(id)!.Status));
        Assert.Equal(Templates, sandbox.State.A2PRegistrations.Select(r => r.TemplateId).Distinct().Count());
        Assert.Equal(Templates, sandbox.State.A2PRegistrations.Count);
        Assert.Equal(Templates, sandbox.State.AuditLogs.Count);
        Assert.Equal(ids, sandbox.State.AuditLogs.Select(a => JsonDocument.Parse(a.RawJson).RootElement.GetProperty("template_id").GetString()!).ToHashSet(StringComparer.Ordinal));
        Assert.Single(sandbox.State.Webhooks);
        Assert.True(journal.ExitCode == 0, journal.Stderr);
        Assert.DoesNotContain("unreadable", journal.Stderr, StringComparison.Ordinal);
        Assert.True(JsonDocument.Parse(journal.Stdout).RootElement.GetArrayLength() >= Templates);
    }

    [Fact]
    public async Task Terminated_ExitsWith130_AndJournalsTheUnfinishedTemplatesAsCancelled()
    {
        ToolProcess? run = null;
        var seen = 0;
        var options = new SandboxOptions
        {
            BeforeRequest = (_, _) =>
            {
                if (Interlocked.Increment(ref seen) == 40)
                {
                    run?.Terminate();
                }
            },
        };
        // A slow server, so that the run is still going when the signal lands.
        options.Faults.Add(FaultRule.Parse("PUT /api/v1/messaging/templates/* delay-ms=200"));
        await using var sandbox = await SandboxServer.StartAsync(options, TestContext.Current.CancellationToken);

        run = ToolProcess.Start(Environment(sandbox), Arguments());
        var terminated = await run.WaitAsync();
        run.Dispose();

        Assert.True(terminated.ExitCode == 130, terminated.Stdout + terminated.Stderr);
        var lines = File.ReadAllLines(JournalPath).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var outcomes = lines.ToDictionary(l => l.GetProperty("template_id").GetString()!, l => l.GetProperty("outcome").GetString());
        Assert.Equal(Ids().ToHashSet(StringComparer.Ordinal), outcomes.Keys.ToHashSet(StringComparer.Ordinal));
        Assert.Contains("cancelled", outcomes.Values);
        var approvedOnServer = Ids().Where(id => sandbox.State.FindTemplate(id)?.Status == "APPROVED").ToHashSet(StringComparer.Ordinal);
        Assert.All(outcomes.Where(o => o.Value == "approved"), o => Assert.Contains(o.Key, approvedOnServer));
    }

    [Fact]
    public async Task TwoProcessesSharingOneJournal_FiftyRecordsEach_TenTimesOver_Keep1000WholeRecords()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        var environment = Environment(sandbox);
        for (var round = 0; round < 10; round++)
        {
            var runs = Enumerable.Range(0, 2).Select(writer =>
            {
                var file = Path.Combine(_directory, $"round-{round}-writer-{writer}.txt");
                File.WriteAllLines(file, Enumerable.Range(1, 50).Select(i => $"bulk-{(round * 100) + (writer * 50) + i:D4}"));
                return ToolProcess.Start(environment, "--template-file", file, "--audit-file", JournalPath, "--concurrency", "8", "--output", "json");
            }).ToList();

            foreach (var run in runs)
            {
                var (exitCode, _, stderr) = await run.WaitAsync();
                Assert.True(exitCode == 0, stderr);
                run.Dispose();
            }
        }

        var lines = File.ReadAllText(JournalPath).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1000, lines.Length);
        Assert.All(lines, line => Assert.Equal("outcome", JsonDocument.Parse(line).RootElement.GetProperty("kind").GetString()));
        Assert.Equal(1000, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("template_id").GetString()).Distinct().Count());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string JournalPath => Path.Combine(_directory, "audit.jsonl");

    private static IEnumerable<string> Ids() => Enumerable.Range(1, Templates).Select(i => $"bulk-{i:D4}");

    private string[] Arguments()
    {
        var file = Path.Combine(_directory, "templates.txt");
        File.WriteAllLines(file, Ids());
        return ["--template-file", file, "--webhook-url", WebhookUrl, "--audit-file", JournalPath, "--concurrency", "4", "--output", "json"];
    }

    private Dictionary<string, string> Environment(SandboxServer sandbox) => new(StringComparer.Ordinal)
    {
        ["CXONE_BASE_URL"] = sandbox.Origin,
        ["CXONE_CLIENT_ID"] = DemoCredentials.ClientId,
        ["CXONE_CLIENT_SECRET"] = DemoCredentials.ClientSecret,
        ["CXONE_WEBHOOK_SECRET"] = "whsec-process-runs-0123456789",
        ["XDG_STATE_HOME"] = Path.Combine(_directory, "state"),
        ["XDG_CONFIG_HOME"] = Path.Combine(_directory, "config"),
        ["HOME"] = _directory,
    };
}
