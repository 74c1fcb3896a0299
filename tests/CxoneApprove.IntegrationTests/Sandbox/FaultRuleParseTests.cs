using CxoneApprove.Sandbox.Faults;

namespace CxoneApprove.IntegrationTests.Sandbox;

public sealed class FaultRuleParseTests
{
    [Fact]
    public void Parse_EveryOption_ReadsEachField()
    {
        var rule = FaultRule.Parse("put /api/v1/messaging/templates/* status=503,503,200 retry-after=7 delay-ms=250 content-type=text/html body=<html>bad gateway</html>");

        Assert.Equal("PUT", rule.Method);
        Assert.Equal("/api/v1/messaging/templates/*", rule.PathPattern);
        Assert.Equal([503, 503, 200], rule.Statuses);
        Assert.Equal(7, rule.RetryAfterSeconds);
        Assert.False(rule.RetryAfterAsHttpDate);
        Assert.Equal(TimeSpan.FromMilliseconds(250), rule.Latency);
        Assert.Equal("text/html", rule.ContentType);
        Assert.Equal("<html>bad gateway</html>", rule.Body);
    }

    [Fact]
    public void Parse_BodyWithSpaces_TakesTheRestOfTheSpecVerbatim()
    {
        var rule = FaultRule.Parse("GET /api/v1/* status=200 body={\"id\": \"demo-welcome\", \"status\":");

        Assert.Equal("{\"id\": \"demo-welcome\", \"status\":", rule.Body);
    }

    [Fact]
    public void Parse_AnyMethodDelayOnly_HasNoStatuses()
    {
        var rule = FaultRule.Parse("* /api/v1/* delay-ms=300");

        Assert.Equal("*", rule.Method);
        Assert.Empty(rule.Statuses);
        Assert.Equal(TimeSpan.FromMilliseconds(300), rule.Latency);
    }

    [Fact]
    public void Parse_RetryAfterDate_SetsHttpDateForm()
    {
        var rule = FaultRule.Parse("GET /api/v1/* status=429 retry-after-date=5");

        Assert.True(rule.RetryAfterAsHttpDate);
        Assert.Equal(5, rule.RetryAfterSeconds);
    }

    [Theory]
    [InlineData("POST /api/v1/audit/logs status=500,500,500,500,500,500,500,500")]
    [InlineData("* /api/v1/* delay-ms=300")]
    [InlineData("GET /api/v1/messaging/templates/* status=429 retry-after-date=3")]
    [InlineData("GET /api/v1/* status=200 content-type=text/plain body=not json at all")]
    [InlineData("* /api/v1/* status=429,503,drop,lose probability=0.2 seed=7")]
    [InlineData("GET /api/v1/* probability=0.05 delay-ms=2000")]
    public void ToString_ParsedSpec_ParsesBackToTheSameRule(string spec)
    {
        var rule = FaultRule.Parse(spec);

        Assert.Equal(rule.ToString(), FaultRule.Parse(rule.ToString()).ToString());
        Assert.Equal(spec, rule.ToString());
    }

    [Theory]
    [InlineData("", "expected '<METHOD> <PATH-GLOB>")]
    [InlineData("PUT", "expected '<METHOD> <PATH-GLOB>")]
    [InlineData("PUT api/v1/* status=503", "must start with '/'")]
    [InlineData("P-T /api/v1/* status=503", "must be an HTTP method")]
    [InlineData("PUT /api/v1/* status=99", "status value '99'")]
    [InlineData("PUT /api/v1/* status=503,abc", "status value 'abc'")]
    [InlineData("PUT /api/v1/* status=", "'status=' needs a value")]
    [InlineData("PUT /api/v1/* status=503 status=500", "given twice")]
    [InlineData("PUT /api/v1/* status=503 retry-after=1 retry-after-date=2", "given twice")]
    [InlineData("PUT /api/v1/* status=503 retry-after=-1", "retry-after value '-1'")]
    [InlineData("PUT /api/v1/* delay-ms=soon", "delay-ms value 'soon'")]
    [InlineData("PUT /api/v1/* stauts=503", "unknown option 'stauts'")]
    [InlineData("PUT /api/v1/*", "the rule does nothing")]
    [InlineData("PUT /api/v1/* retry-after=3", "add status=")]
    [InlineData("PUT /api/v1/* body=oops", "add status=")]
    [InlineData("PUT /api/v1/* status=503,vanish", "status value 'vanish'")]
    [InlineData("PUT /api/v1/* status=503 probability=0", "probability value '0'")]
    [InlineData("PUT /api/v1/* status=503 probability=150%", "probability value '150%'")]
    [InlineData("PUT /api/v1/* status=503 seed=4", "add probability=")]
    public void Parse_InvalidSpec_ThrowsFormatExceptionWithOneLineHint(string spec, string expected)
    {
        var error = Assert.Throws<FormatException>(() => FaultRule.Parse(spec));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Parse_ConnectionOutcomesAndProbability_ReadsEachField()
    {
        var rule = FaultRule.Parse("POST /api/v1/a2p/registrations status=drop,503,lose probability=20% seed=42");

        Assert.Equal([FaultOutcome.Drop, FaultOutcome.Answer(503), FaultOutcome.LoseAnswer], rule.Outcomes);
        Assert.Equal([503], rule.Statuses);
        Assert.Equal(0.2, rule.Probability);
        Assert.Equal(42, rule.Seed);
    }

    [Fact]
    public void Constructor_StatusOutOfRange_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new FaultRule("GET", "/api/*", [600]));
    }

    [Fact]
    public void Constructor_StatusZero_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new FaultRule("GET", "/api/*", [0]));
    }

    [Fact]
    public void SyntaxHelp_NamesEveryOption()
    {
        foreach (var option in new[] { "status=", "probability=", "seed=", "drop", "lose", "retry-after=", "retry-after-date=", "delay-ms=", "content-type=", "body=" })
        {
            Assert.Contains(option, FaultRule.SyntaxHelp, StringComparison.Ordinal);
        }
    }
}
