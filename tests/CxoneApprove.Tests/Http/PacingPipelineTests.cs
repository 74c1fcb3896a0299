namespace CxoneApprove.Tests.Http;

/// <summary>Pacing as the server sees it: the real pipeline, no <c>--rate-limit</c>, in fake time.</summary>
public sealed class PacingPipelineTests
{
    [Fact]
    public async Task WithoutRateLimit_RequestsGoOutBackToBack_UntilA429_ThenArriveSpacedOutAsTheRateClimbs()
    {
        using var harness = new ClientHarness();
        harness.Script("GET", "/api/v1/messaging/templates/t-3", _ => ClientHarness.Status(429, null, r => r.Headers.Add("Retry-After", "1")));

        await harness.RunAsync(async () =>
        {
            for (var i = 1; i <= 8; i++)
            {
                await harness.Client.GetTemplateAsync($"t-{i}", CancellationToken.None);
            }

            return 0;
        });

        var gets = harness.Requests.Where(r => r.Method == "GET").Select(r => r.At).ToList();
        Assert.Equal(9, gets.Count); // t-3 twice
        Assert.Equal(gets[0], gets[2]); // before the 429: no waiting at all
        Assert.True(gets[3] - gets[2] >= TimeSpan.FromSeconds(1), $"retry after {gets[3] - gets[2]}");
        for (var i = 4; i < gets.Count; i++)
        {
            // Paced from the 429 on (2.8/s: 70% of the 4 requests of the last second), the rate climbing as they go.
            Assert.True(gets[i] - gets[i - 1] >= TimeSpan.FromMilliseconds(150), $"gap {i}: {gets[i] - gets[i - 1]}");
            Assert.True(i == 4 || gets[i] - gets[i - 1] <= gets[i - 1] - gets[i - 2], $"gap {i} grew");
        }
    }

    [Fact]
    public async Task AServerSayingItsWindowIsSpent_HoldsTheNextRequestUntilTheReset_WithoutA429()
    {
        using var harness = new ClientHarness();
        harness.Script("GET", "/api/v1/messaging/templates/t-1",
            _ =>
            {
                var spent = ClientHarness.Template("t-1");
                spent.Headers.Add("RateLimit-Remaining", "0");
                spent.Headers.Add("RateLimit-Reset", "5");
                return spent;
            });

        await harness.RunAsync(async () =>
        {
            await harness.Client.GetTemplateAsync("t-1", CancellationToken.None);
            await harness.Client.GetTemplateAsync("t-2", CancellationToken.None);
            return 0;
        });

        var gets = harness.Requests.Where(r => r.Method == "GET").Select(r => r.At).ToList();
        Assert.Equal(2, gets.Count);
        Assert.True(gets[1] - gets[0] >= TimeSpan.FromSeconds(5), $"gap {gets[1] - gets[0]}");
    }
}
