using CxoneApprove.Compliance;

namespace CxoneApprove.Tests.Compliance;

/// <summary><c>url_shortener</c>, <c>url_insecure</c> and <c>url_domain</c>, with the link finder under them.</summary>
public sealed class LinkRulesTests
{
    private const string OptOut = " Reply STOP to opt out";

    private static readonly ComplianceOptions Acme = new()
    {
        BrandDomains = ["acme.com"],
        ShortLinkDomains = ["acme.link"],
    };

    private static ValidationReport Validate(string content, ComplianceOptions? options = null) =>
        TemplateValidator.Validate(content + OptOut, "12345", options ?? ComplianceOptions.Default);

    private static IEnumerable<string> Ids(ValidationReport report) =>
        report.Violations.Select(v => v.Rule).Concat(report.Warnings.Select(w => w.Code));

    [Theory]
    [InlineData("Track it: bit.ly/abc123", 10, 13)]
    [InlineData("Track it: https://bit.ly/abc123.", 10, 21)]
    [InlineData("Track it (goo.gl/x1)", 10, 9)]
    [InlineData("Track it: TINYURL.COM/XYZ", 10, 15)]
    [InlineData("Track it: www.bit.ly/x", 10, 12)]
    [InlineData("See “t.co/abc” now", 5, 8)]
    public void Validate_PublicShortener_IsAnErrorOnTheLink(string content, int offset, int length)
    {
        var violation = Assert.Single(Validate(content).Violations);

        Assert.Equal((Rules.UrlShortener, offset, length), (violation.Rule, violation.Offset, violation.Length));
        Assert.Equal("https://www.twilio.com/docs/api/errors/30857", violation.Source);
    }

    [Fact]
    public void Validate_ShortenerWithBrandDomains_SuggestsTheBrandDomain()
    {
        var violation = Assert.Single(Validate("Go bit.ly/x", Acme).Violations);

        Assert.Contains("such as acme.com", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Track it: acme.link/x1")]
    [InlineData("Track it: https://acme.link/x1")]
    [InlineData("Deals at shop.acme.com/today")]
    [InlineData("Deals at https://www.acme.com")]
    public void Validate_BrandedShortOrOwnDomain_IsFine(string content)
    {
        Assert.Empty(Ids(Validate(content, Acme)));
    }

    [Fact]
    public void Validate_ShortDomainTheTeamListed_IsNotReportedAsAShortener()
    {
        Assert.Empty(Ids(Validate("Track it: bit.ly/x", new ComplianceOptions { ShortLinkDomains = ["bit.ly"] })));
    }

    [Theory]
    [InlineData("See e.g. the FAQ")]
    [InlineData("Open report.pdf for details")]
    [InlineData("Version 2.1.0 fixes it")]
    [InlineData("Sale ends now.Shop today")]
    [InlineData("Ask help@acme.com or sales@bit.ly")]
    [InlineData("Mr.Smith, your table is ready at 5 p.m. today")]
    [InlineData("Only $5.99, ends 10.30am")]
    [InlineData("Use code {{code}}.")]
    public void Validate_TextThatLooksLikeAHost_IsNoLink(string content)
    {
        Assert.Empty(LinkFinder.Find(content));
        Assert.DoesNotContain(Ids(Validate(content, Acme)), id => id.StartsWith("url_", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_HttpLink_IsInsecureWithAnHttpsFixOnTheScheme()
    {
        var violation = Assert.Single(Validate("Pay at http://acme.com/pay", Acme).Violations);

        Assert.Equal((Rules.UrlInsecure, 7, 4, "https", false), (violation.Rule, violation.Offset, violation.Length, violation.Fix, violation.FixIsSafe));
        Assert.Equal("https://www.twilio.com/docs/api/errors/30858", violation.Source);
    }

    [Fact]
    public void Validate_HttpsLink_IsNotInsecure()
    {
        Assert.True(Validate("Pay at https://acme.com/pay", Acme).Valid);
        Assert.True(Validate("Pay at HTTPS://ACME.COM/PAY", Acme).Valid);
    }

    [Fact]
    public void Validate_OtherDomainWithBrandDomainsKnown_IsAWarning()
    {
        var report = Validate("Pay at paypal.com/acme or notacme.com", Acme);

        Assert.True(report.Valid);
        Assert.Equal([(7, 15), (26, 11)], report.Warnings.Where(w => w.Code == Rules.UrlDomain).Select(w => (w.Offset ?? -1, w.Length ?? -1)));
    }

    [Fact]
    public void Validate_OtherDomainWithoutBrandDomains_IsNotChecked()
    {
        Assert.Empty(Ids(Validate("Pay at https://paypal.com/acme")));
    }

    [Fact]
    public void Find_Link_KeepsItsPathAndDropsTheSentencePunctuation()
    {
        var links = LinkFinder.Find("Go (https://acme.com/a/{{1}}?x=1), then www.Acme.com:8443/b! or acme.co.uk.");

        Assert.Equal(
            [("https://acme.com/a/{{1}}?x=1", "https", "acme.com"), ("www.Acme.com:8443/b", null, "acme.com"), ("acme.co.uk", null, "acme.co.uk")],
            links.Select(l => ("Go (https://acme.com/a/{{1}}?x=1), then www.Acme.com:8443/b! or acme.co.uk.".Substring(l.Index, l.Length), l.Scheme, l.Host)));
    }

    [Theory]
    [InlineData("https://www.Acme.com/path", "acme.com")]
    [InlineData(" ACME.COM ", "acme.com")]
    [InlineData("acme", null)]
    [InlineData("https://", null)]
    public void Normalize_PolicyDomain_IsComparableWithAHost(string written, string? expected)
    {
        Assert.Equal(expected, DomainNames.Normalize(written));
    }
}
