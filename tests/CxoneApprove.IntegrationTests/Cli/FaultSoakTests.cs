using System.Text.Json;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Faults;
using CxoneApprove.Sandbox.Http;
using CxoneApprove.Tests.Time;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>
/// Issue 11: one request in five answered 429 or 503, dropped, or applied with its answer lost, on every endpoint — and
/// still every template is approved, reported as approved by this run, with one registration, one webhook and one
/// audit log each. The tool waits in fake time (its backoff and pacing), the sandbox serves over real sockets.
/// </summary>
public sealed class FaultSoakTests
{
    [Fact]
    public async Task TwoHundredTemplates_WithOneRequestInFiveFaulted_AreAllApprovedOnce()
    {
        var options = new SandboxOptions();
        options.Faults.Add(FaultRule.Parse("* /api/v1/* status=429,503,drop,lose probability=20% seed=7"));
        options.Faults.Add(FaultRule.Parse("* /api/v1/* probability=5% seed=11 delay-ms=20"));
        await using var sandbox = await SandboxServer.StartAsync(options, TestContext.Current.CancellationToken);
        var clock = new TestClock();
        using var cli = new CliRun { Time = clock };
        cli.Against(sandbox).With("CXONE_WEBHOOK_SECRET", "whsec-soak-0123456789abcdef");
        var ids = Enumerable.Range(1, 200).Select(i => $"bulk-{i:D4}").ToList();
        var file = Path.Combine(cli.StateDirectory, "templates.txt");
        File.WriteAllLines(file, ids);

        var run = await clock.RunAsync(() => cli.RunAsync("--template-file", file, "--webhook-url", "https://hooks.acme.example/cxone",
            "--concurrency", "8", "--max-retries", "10", "--timeout", "86400", "--output", "json"), TestContext.Current.CancellationToken);

        var failures = run.Json.GetProperty("templates").EnumerateArray()
            .Where(t => t.GetProperty("outcome").GetString() != "approved")
            .Select(t => t.GetProperty("id").GetString() + " " + t.GetProperty("outcome").GetString() + ": " + string.Join("; ",
                t.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("status").GetString() is "failed" or "warning")
                    .Select(s => s.GetProperty("name").GetString() + " " + s.GetProperty("error").GetString() + " " + s.GetProperty("detail"))));
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: " + string.Join("\n", failures));
        var outcomes = run.Json.GetProperty("templates").EnumerateArray().Select(t => t.GetProperty("outcome").GetString()).ToList();
        Assert.All(outcomes, o => Assert.Equal("approved", o));
        Assert.True(sandbox.Requests.Count(r => r.Fault != ConnectionFault.None || r.StatusCode is 429 or 503) > 50, "the faults did not fire");
        Assert.Equal(200, sandbox.State.A2PRegistrations.Count);
        Assert.Equal(ids.ToHashSet(StringComparer.Ordinal), sandbox.State.A2PRegistrations.Select(r => r.TemplateId).ToHashSet(StringComparer.Ordinal));
        Assert.Single(sandbox.State.Webhooks);
        Assert.Equal(200, sandbox.State.AuditLogs.Count);
        Assert.Equal(ids.ToHashSet(StringComparer.Ordinal),
            sandbox.State.AuditLogs.Select(a => JsonDocument.Parse(a.RawJson).RootElement.GetProperty("template_id").GetString()!).ToHashSet(StringComparer.Ordinal));
    }
}
