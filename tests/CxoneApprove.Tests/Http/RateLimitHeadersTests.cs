using System.Net;
using CxoneApprove.Http;

namespace CxoneApprove.Tests.Http;

public sealed class RateLimitHeadersTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    [Fact]
    public void Ietf_LimitRemainingAndResetInSeconds()
    {
        var quota = Read(("RateLimit-Limit", "100, 100;w=60"), ("RateLimit-Remaining", "7"), ("RateLimit-Reset", "12"));

        Assert.Equal(new ServerQuota(100, 7, Now.AddSeconds(12)), quota);
    }

    [Fact]
    public void XRateLimit_ResetAsAUnixTime_IsMeasuredFromNow()
    {
        var quota = Read(("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", Now.AddSeconds(9).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(new ServerQuota(null, 0, Now.AddSeconds(9)), quota);
    }

    [Fact]
    public void AResetBeyondTheCap_IsCapped_AndOneInThePastIsNow()
    {
        Assert.Equal(Now + Cap, Read(("RateLimit-Remaining", "0"), ("RateLimit-Reset", "86400"))!.ResetAt);
        Assert.Equal(Now, Read(("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "1000000001"))!.ResetAt);
    }

    [Theory]
    [InlineData("RateLimit-Remaining", "5")] // no reset: nothing to pace by
    [InlineData("RateLimit-Reset", "5")]
    [InlineData("X-RateLimit-Limit", "50")]
    public void WithoutBothRemainingAndReset_ThereIsNoQuota(string name, string value)
    {
        Assert.Null(Read((name, value)));
        Assert.Null(Read(("RateLimit-Remaining", "soon"), ("RateLimit-Reset", "5")));
    }

    private static ServerQuota? Read(params (string Name, string Value)[] headers)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return RateLimitHeaders.Read(response.Headers, Now, Cap);
    }
}
