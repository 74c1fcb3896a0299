using System.Text.Json;

namespace CxoneApprove.Compliance;

/// <summary>A policy read from its text, or why it could not be.</summary>
/// <param name="Policy">The policy; <see langword="null"/> when <paramref name="Error"/> says why not.</param>
/// <param name="Error">One sentence naming the key that is wrong; <see langword="null"/> on success.</param>
internal sealed record PolicyReading(CompliancePolicy? Policy, string? Error);

/// <summary>
/// Reads a policy from JSON text (comments and trailing commas allowed). Pure: the caller reads the file.
/// Every mistake is reported as one sentence that names the key, never as a parser's exception.
/// </summary>
internal static class PolicyParser
{
    private static readonly (string Key, string Expected)[] Keys =
    [
        ("brand", "an object with \"names\" and \"domains\""),
        ("brand.names", "a list of the names the sender goes by"),
        ("brand.domains", "a list of domain names such as \"acme.com\""),
        ("short_link_domains", "a list of domain names such as \"acme.link\""),
        ("opt_out_keywords", "a list of keywords such as \"BAJA\""),
        ("max_segments", "a whole number from 1 to 10"),
        ("sender_kinds", $"a list of {TemplateVocabulary.SenderKindNames.Choices()}"),
        ("rules", "an object of rule ids, each error, warning or off"),
        ("$schema", "a string"),
    ];

    private const int MaxSegmentsLimit = 10;

    /// <summary>Reads <paramref name="json"/>; never throws.</summary>
    public static PolicyReading Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Fail("the policy is empty; write a JSON object such as {\"brand\": {\"names\": [\"Acme\"]}}");
        }

        if (SyntaxError(json) is { } syntax)
        {
            return Fail(syntax);
        }

        PolicyDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, ComplianceJsonContext.Default.PolicyDocument);
        }
        catch (JsonException e)
        {
            return Fail(Explain(e));
        }

        return document is null ? Fail("the policy must be a JSON object, not null") : Check(document);
    }

    private static PolicyReading Check(PolicyDocument document)
    {
        var unknown = Unknown(document.Unknown, string.Empty, ["$schema", "brand", "short_link_domains", "opt_out_keywords", "max_segments", "sender_kinds", "rules"])
            ?? Unknown(document.Brand?.Unknown, "brand.", ["names", "domains"]);
        var problems = new[]
        {
            unknown,
            Strings(document.Brand?.Names, "brand.names", out var names),
            Domains(document.Brand?.Domains, "brand.domains", out var brandDomains),
            Domains(document.ShortLinkDomains, "short_link_domains", out var shortLinks),
            Strings(document.OptOutKeywords, "opt_out_keywords", out var keywords),
            Senders(document.SenderKinds, out var senders),
            Severities(document.Rules, out var rules),
        };
        if (problems.FirstOrDefault(p => p is not null) is { } problem)
        {
            return Fail(problem);
        }

        if (document.MaxSegments is < 1 or > MaxSegmentsLimit)
        {
            return Fail($"policy key \"max_segments\" must be a whole number from 1 to {MaxSegmentsLimit} (got {document.MaxSegments})");
        }

        return new PolicyReading(new CompliancePolicy
        {
            BrandNames = names,
            BrandDomains = brandDomains,
            ShortLinkDomains = shortLinks,
            OptOutKeywords = keywords,
            MaxSegments = document.MaxSegments,
            SenderKinds = senders,
            Rules = rules ?? new Dictionary<string, RuleSeverity>(),
        }, null);
    }

    private static string? Unknown(Dictionary<string, JsonElement>? extra, string prefix, string[] known)
    {
        if (extra is not { Count: > 0 })
        {
            return null;
        }

        var key = extra.Keys.First();
        var near = Nearest(key, known);
        var hint = near is null ? $"known keys: {string.Join(", ", known.Where(k => k != "$schema"))}" : $"did you mean \"{prefix}{near}\"?";
        return $"policy key \"{prefix}{key}\" is not one this tool knows ({hint})";
    }

    private static string? Strings(List<string?>? values, string key, out IReadOnlyList<string>? result)
    {
        result = null;
        if (values is null)
        {
            return null;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]) || !values[i]!.Any(char.IsLetterOrDigit))
            {
                return $"policy key \"{key}[{i}]\" must be a word, not {Shown(values[i])}";
            }
        }

        result = [.. values.Select(v => v!.Trim())];
        return null;
    }

    private static string? Domains(List<string?>? values, string key, out IReadOnlyList<string>? result)
    {
        result = null;
        if (values is null)
        {
            return null;
        }

        var domains = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            if (DomainNames.Normalize(values[i]) is not { } domain)
            {
                return $"policy key \"{key}[{i}]\" must be a domain name such as \"acme.com\", not {Shown(values[i])}";
            }

            domains.Add(domain);
        }

        result = [.. domains.Distinct(StringComparer.Ordinal)];
        return null;
    }

    private static string? Senders(List<string?>? values, out SenderKinds? result)
    {
        result = null;
        if (values is null)
        {
            return null;
        }

        if (values.Count == 0)
        {
            return $"policy key \"sender_kinds\" must name at least one of {TemplateVocabulary.SenderKindNames.Choices()}";
        }

        SenderKinds kinds = 0;
        for (var i = 0; i < values.Count; i++)
        {
            if (!TemplateVocabulary.SenderKindNames.TryParse(values[i], out var kind))
            {
                return $"policy key \"sender_kinds[{i}]\" must be {TemplateVocabulary.SenderKindNames.Choices()}, not {Shown(values[i])}";
            }

            kinds |= kind;
        }

        result = kinds;
        return null;
    }

    private static string? Severities(Dictionary<string, string?>? values, out Dictionary<string, RuleSeverity>? result)
    {
        result = null;
        if (values is null)
        {
            return null;
        }

        var severities = new Dictionary<string, RuleSeverity>(StringComparer.Ordinal);
        foreach (var (rule, written) in values)
        {
            if (RuleCatalog.Find(rule) is null)
            {
                var near = Nearest(rule, [.. RuleCatalog.All.Select(r => r.Id)]);
                var ids = near is null ? $"rule ids: {string.Join(", ", RuleCatalog.All.Select(r => r.Id))}" : $"did you mean \"{near}\"?";
                return $"policy key \"rules.{rule}\" is not a rule id ({ids})";
            }

            if (!TemplateVocabulary.Severities.TryParse(written, out var severity))
            {
                return $"policy key \"rules.{rule}\" must be {TemplateVocabulary.Severities.Choices()}, not {Shown(written)}";
            }

            severities[rule] = severity;
        }

        result = severities;
        return null;
    }

    // Bad syntax, with its place; read apart from the values so that it is never taken for a wrong type.
    private static string? SyntaxError(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return null;
        }
        catch (JsonException e)
        {
            return $"the policy is not valid JSON (line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1})";
        }
    }

    // A value of the wrong type, with its key.
    private static string Explain(JsonException e)
    {
        var place = e.LineNumber is { } line ? $" (line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1})" : string.Empty;
        var key = KeyOf(e.Path);
        if (key.Length == 0)
        {
            return "the policy must be a JSON object such as {\"brand\": {\"names\": [\"Acme\"]}}";
        }

        if (key.StartsWith("rules.", StringComparison.Ordinal))
        {
            return $"policy key \"{key}\" must be {TemplateVocabulary.Severities.Choices()}{place}";
        }

        var expected = Keys.Where(k => key == k.Key || key.StartsWith(k.Key + ".", StringComparison.Ordinal) || key.StartsWith(k.Key + "[", StringComparison.Ordinal))
            .OrderByDescending(k => k.Key.Length).Select(k => k.Expected).FirstOrDefault();
        return expected is null ? $"the policy is not valid JSON at \"{key}\"{place}" : $"policy key \"{key}\" must be {expected}{place}";
    }

    // "$.brand.names[0]" → "brand.names[0]"; "$['odd key']" → "odd key".
    private static string KeyOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var key = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return key.Replace("['", ".", StringComparison.Ordinal).Replace("']", string.Empty, StringComparison.Ordinal).TrimStart('.');
    }

    private static string Shown(string? value) => value is null ? "null" : Snippet.Quote(value);

    // The known key within two edits of `key`, for "did you mean".
    private static string? Nearest(string key, IEnumerable<string> known) =>
        known.Select(k => (Key: k, Distance: Distance(key, k))).Where(k => k.Distance <= 2).OrderBy(k => k.Distance).Select(k => k.Key).FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static PolicyReading Fail(string error) => new(null, error);
}
