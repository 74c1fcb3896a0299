using System.Text.Json;
using CsCheck;
using CxoneApprove.Compliance;

namespace CxoneApprove.Tests.Compliance;

/// <summary>The policy file: its keys, its error messages, its schema and the merge with the command line.</summary>
public sealed class PolicyTests
{
    private const string Documented = """
        {"brand": {"names": ["Acme"], "domains": ["acme.com"]}, "short_link_domains": ["acme.link"],
         "opt_out_keywords": ["BAJA"], "max_segments": 2, "sender_kinds": ["short-code", "toll-free"],
         "rules": {"shaft_content": "error", "all_caps": "off"}}
        """;

    private static CompliancePolicy Read(string json)
    {
        var reading = PolicyParser.Parse(json);
        Assert.Null(reading.Error);
        return reading.Policy!;
    }

    [Fact]
    public void Parse_TheDocumentedKeys_BecomeTheOptions()
    {
        var options = ComplianceSettings.Merge(Read(Documented), null);

        Assert.Equal(["Acme"], options.BrandNames);
        Assert.Equal(["acme.com"], options.BrandDomains);
        Assert.Equal(["acme.link"], options.ShortLinkDomains);
        Assert.Equal(["BAJA"], options.ExtraOptOutKeywords);
        Assert.Equal(2, options.MaxSegments);
        Assert.Equal(SenderKinds.ShortCode | SenderKinds.TollFree, options.AllowedSenders);
        Assert.Equal(RuleSeverity.Error, options.RuleSeverities[Rules.ShaftContent]);
        Assert.Equal(RuleSeverity.Off, options.RuleSeverities[Rules.AllCaps]);
    }

    [Fact]
    public void Parse_CommentsTrailingCommasAndASchemaKey_AreAccepted()
    {
        var policy = Read("""
            // Acme's rules
            {
              "$schema": "https://github.com/cxone-approve/cxone-approve/docs/policy.schema.json",
              "brand": {"names": ["Acme",], "domains": ["https://www.Acme.com/"]}, /* normalized */
            }
            """);

        Assert.Equal(["acme.com"], policy.BrandDomains);
    }

    [Fact]
    public void Parse_EmptyObject_ChangesNothing()
    {
        var options = ComplianceSettings.Merge(Read("{}"), null);

        Assert.Equal((1, SenderKinds.ShortCode, 0, 0, 0, 0), (options.MaxSegments, options.AllowedSenders, options.BrandNames.Count, options.BrandDomains.Count, options.ExtraOptOutKeywords.Count, options.RuleSeverities.Count));
    }

    [Theory]
    [InlineData("", "the policy is empty")]
    [InlineData("[1, 2]", "the policy must be a JSON object")]
    [InlineData("null", "the policy must be a JSON object, not null")]
    [InlineData("{\"brand\": ", "the policy is not valid JSON (line 1")]
    [InlineData("{\"max_segment\": 2}", "policy key \"max_segment\" is not one this tool knows (did you mean \"max_segments\"?)")]
    [InlineData("{\"colour\": 2}", "policy key \"colour\" is not one this tool knows (known keys: brand, short_link_domains")]
    [InlineData("{\"brand\": {\"name\": [\"Acme\"]}}", "policy key \"brand.name\" is not one this tool knows (did you mean \"brand.names\"?)")]
    [InlineData("{\"brand\": \"Acme\"}", "policy key \"brand\" must be an object with \"names\" and \"domains\"")]
    [InlineData("{\"brand\": {\"names\": \"Acme\"}}", "policy key \"brand.names\" must be a list of the names")]
    [InlineData("{\"brand\": {\"names\": [\" \"]}}", "policy key \"brand.names[0]\" must be a word, not \" \"")]
    [InlineData("{\"brand\": {\"domains\": [\"acme\"]}}", "policy key \"brand.domains[0]\" must be a domain name such as \"acme.com\", not \"acme\"")]
    [InlineData("{\"short_link_domains\": [42]}", "policy key \"short_link_domains[0]\" must be a list of domain names")]
    [InlineData("{\"opt_out_keywords\": [null]}", "policy key \"opt_out_keywords[0]\" must be a word, not null")]
    [InlineData("{\"max_segments\": \"two\"}", "policy key \"max_segments\" must be a whole number from 1 to 10")]
    [InlineData("{\"max_segments\": 11}", "policy key \"max_segments\" must be a whole number from 1 to 10 (got 11)")]
    [InlineData("{\"max_segments\": 1.5}", "policy key \"max_segments\" must be a whole number from 1 to 10")]
    [InlineData("{\"sender_kinds\": [\"landline\"]}", "policy key \"sender_kinds[0]\" must be short-code, long-code or toll-free, not \"landline\"")]
    [InlineData("{\"sender_kinds\": []}", "policy key \"sender_kinds\" must name at least one of short-code, long-code or toll-free")]
    [InlineData("{\"rules\": {\"shaft_contnet\": \"error\"}}", "policy key \"rules.shaft_contnet\" is not a rule id (did you mean \"shaft_content\"?)")]
    [InlineData("{\"rules\": {\"no_such_rule_at_all\": \"error\"}}", "policy key \"rules.no_such_rule_at_all\" is not a rule id (rule ids: empty_content, content_length, from_address, opt_out, ")]
    [InlineData("{\"rules\": {\"all_caps\": \"info\"}}", "policy key \"rules.all_caps\" must be error, warning or off, not \"info\"")]
    [InlineData("{\"rules\": {\"all_caps\": 3}}", "policy key \"rules.all_caps\" must be error, warning or off")]
    [InlineData("{\"rules\": [\"all_caps\"]}", "policy key \"rules\" must be an object of rule ids")]
    public void Parse_Mistake_IsOneSentenceNamingTheKey(string json, string expected)
    {
        var reading = PolicyParser.Parse(json);

        Assert.Null(reading.Policy);
        Assert.StartsWith(expected, reading.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("CxoneApprove", reading.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", reading.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', reading.Error!);
    }

    [Fact]
    public void Parse_AnyText_NeverThrowsAndGivesAPolicyOrOneLine()
    {
        string[] pieces = ["{", "}", "[", "]", "\"brand\"", "\"names\"", "\"rules\"", "\"all_caps\"", "\"off\"", "\"max_segments\"", ":", ",", "1", "-5", "1e999", "null", "true", "\"x\"", "//c\n", "/*", " ", "\"\\u0000\""];
        Gen.OneOf(pieces).Array[0, 40].Select(string.Concat).Sample(
            json =>
            {
                var reading = PolicyParser.Parse(json);
                Assert.True((reading.Policy is null) != (reading.Error is null));
                Assert.DoesNotContain('\n', reading.Error ?? string.Empty);
            },
            iter: 3_000);
    }

    [Fact]
    public void Merge_CommandLine_BeatsThePolicy()
    {
        var policy = Read(Documented);

        var options = ComplianceSettings.Merge(policy, new ComplianceOverrides
        {
            MaxSegments = 3,
            ExtraOptOutKeywords = ["ALTO"],
            AllowedSenders = SenderKinds.LongCode,
            RuleSeverities = new Dictionary<string, RuleSeverity> { [Rules.ShaftContent] = RuleSeverity.Warning },
        });

        Assert.Equal((3, SenderKinds.LongCode), (options.MaxSegments, options.AllowedSenders));
        Assert.Equal(["ALTO"], options.ExtraOptOutKeywords);
        Assert.Equal(RuleSeverity.Warning, options.RuleSeverities[Rules.ShaftContent]);
        Assert.Equal(RuleSeverity.Off, options.RuleSeverities[Rules.AllCaps]);
        Assert.Equal(["Acme"], options.BrandNames);
    }

    [Fact]
    public void Merge_NothingGiven_IsTheDefaults()
    {
        var options = ComplianceSettings.Merge(null, null);

        Assert.Equal((1, SenderKinds.ShortCode, 0), (options.MaxSegments, options.AllowedSenders, options.RuleSeverities.Count));
    }

    [Fact]
    public void Policy_ChangesWhatTheValidatorReports()
    {
        var options = ComplianceSettings.Merge(Read(Documented), null);

        var report = TemplateValidator.Validate("Happy hour at Acme! FREE DRINKS TONIGHT. Responde BAJA para cancelar", "12345", options);

        Assert.Equal([Rules.ShaftContent], report.Violations.Select(v => v.Rule));
        Assert.DoesNotContain(report.Warnings, w => w.Code == Rules.AllCaps);
    }

    [Fact]
    public void Schema_NamesEveryKeyAndRuleIdTheParserKnows()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryFile("docs", "policy.schema.json")));
        var properties = schema.RootElement.GetProperty("properties");

        Assert.Equal(
            ["$schema", "brand", "max_segments", "opt_out_keywords", "rules", "sender_kinds", "short_link_domains"],
            properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            RuleCatalog.All.Select(r => r.Id).Order(StringComparer.Ordinal),
            properties.GetProperty("rules").GetProperty("propertyNames").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        Assert.All(
            properties.GetProperty("sender_kinds").GetProperty("items").GetProperty("enum").EnumerateArray(),
            kind => Assert.True(TemplateVocabulary.SenderKindNames.TryParse(kind.GetString(), out _)));
        var example = schema.RootElement.GetProperty("examples")[0].GetRawText();
        Assert.Null(PolicyParser.Parse(example).Error);
    }

    internal static string RepositoryFile(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine([directory.FullName, .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{Path.Combine(parts)} not found above {AppContext.BaseDirectory}");
    }
}
