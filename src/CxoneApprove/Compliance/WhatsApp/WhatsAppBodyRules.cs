namespace CxoneApprove.Compliance;

/// <summary>
/// Where the body's variables stand and what Meta's reviewers can read of them: not at the start or end
/// (<c>wa_variable_edge</c>), never side by side (<c>wa_variable_adjacent</c>), enough words around them
/// (<c>wa_variable_density</c>), and an example value for each (<c>wa_example_missing</c>).
/// </summary>
internal static class WhatsAppBodyRules
{
    private static readonly HashSet<string> PlaceholderExamples = new(
        Vocabulary.Words("test testing xxx xx x abc asdf sample example value var variable placeholder foo bar tbd na n/a"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Reports misplaced or crowded body variables; Meta writes AUTHENTICATION bodies itself, so those are left alone.</summary>
    public static void CheckPlacement(RuleContext context, FindingList findings)
    {
        if (context.Template.Category == WhatsAppCategory.Authentication)
        {
            return;
        }

        var body = context.Content;
        var variables = context.Variables.Where(v => v.Problem is null).ToList();
        if (variables.Count == 0)
        {
            return;
        }

        var text = body.AsSpan().Trim();
        var leading = body.Length - body.AsSpan().TrimStart().Length;
        var trailing = text.TrimEnd(".!?,:;)]").Length + leading;
        if (variables[0].Index == leading)
        {
            findings.Add(new Finding(Rules.WaVariableEdge, RuleSeverity.Error,
                $"body starts with the variable {variables[0].Text}; WhatsApp rejects a template that starts with one — put words before it")
                .At(variables[0].Index, variables[0].Length));
        }

        if (variables[^1].Index + variables[^1].Length == trailing)
        {
            findings.Add(new Finding(Rules.WaVariableEdge, RuleSeverity.Error,
                $"body ends with the variable {variables[^1].Text}; WhatsApp rejects a template that ends with one — put words after it")
                .At(variables[^1].Index, variables[^1].Length));
        }

        for (var i = 1; i < variables.Count; i++)
        {
            var gapStart = variables[i - 1].Index + variables[i - 1].Length;
            if (!HasWord(body.AsSpan(gapStart, variables[i].Index - gapStart)))
            {
                findings.Add(new Finding(Rules.WaVariableAdjacent, RuleSeverity.Error,
                    $"body has {variables[i - 1].Text} and {variables[i].Text} side by side; WhatsApp rejects adjacent variables — put words between them")
                    .At(variables[i - 1].Index, variables[i].Index + variables[i].Length - variables[i - 1].Index));
            }
        }

        CheckDensity(body, variables, findings);
    }

    /// <summary>Reports variables without example values, and examples that explain nothing.</summary>
    public static void CheckExamples(RuleContext context, FindingList findings)
    {
        var template = context.Template;
        var examples = template.Examples;
        Require(findings, "body", context.Variables, examples.Body, "examples.body");
        Require(findings, "header", VariableScanner.Find(template.Header), examples.Header, "examples.header");
        var urlVariables = template.Buttons.Where(b => b.Type == ButtonType.Url).SelectMany(b => VariableScanner.Find(b.Url)).ToList();
        Require(findings, "URL button", urlVariables, examples.Buttons, "examples.buttons");

        foreach (var example in examples.Header.Concat(examples.Body).Concat(examples.Buttons))
        {
            if (string.IsNullOrWhiteSpace(example) || PlaceholderExamples.Contains(example.Trim()) || VariableScanner.Find(example).Count > 0)
            {
                findings.Add(new Finding(Rules.WaExampleMissing, RuleSeverity.Warning,
                    $"example value {Snippet.Quote(example ?? string.Empty)} does not show what the variable holds — give a realistic value"));
            }
            else if (example.AsSpan().IndexOfAny('\n', '\t') >= 0 || example.Contains("     ", StringComparison.Ordinal))
            {
                findings.Add(new Finding(Rules.WaExampleMissing, RuleSeverity.Warning,
                    $"example value {Snippet.Quote(example)} has a line break, a tab or more than four spaces in a row, which WhatsApp refuses in a variable's value"));
            }
        }
    }

    private static void Require(FindingList findings, string component, IReadOnlyList<TemplateVariable> variables, IReadOnlyList<string> examples, string key)
    {
        var distinct = variables.Where(v => v.Problem is null).Select(v => v.Identity).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count > examples.Count)
        {
            var unexplained = distinct.Skip(examples.Count).Select(id => variables.First(v => v.Identity == id).Text);
            findings.Add(new Finding(Rules.WaExampleMissing, RuleSeverity.Error,
                $"{component} has {distinct.Count} variable{(distinct.Count == 1 ? "" : "s")} but {examples.Count} example value{(examples.Count == 1 ? "" : "s")} in {key}; Meta needs one for each (none for {string.Join(", ", unexplained)})"));
        }
    }

    // Meta gives no threshold. Reports from senders: fewer words than variables plus one is rejected
    // (Syniverse's "words + parameters >= 3n + 1", counting each variable as a word too); fewer than
    // 2n + 1 words is risky (tidebot's rule).
    private static void CheckDensity(string body, List<TemplateVariable> variables, FindingList findings)
    {
        var words = new System.Text.StringBuilder(body.Length);
        var cursor = 0;
        foreach (var variable in variables)
        {
            words.Append(body, cursor, variable.Index - cursor).Append(' ');
            cursor = variable.Index + variable.Length;
        }

        var count = OptOutDetector.Tokenize(words.Append(body, cursor, body.Length - cursor).ToString()).Count;
        var n = variables.Count;
        var severity = count < n + 1 ? RuleSeverity.Error : count < (2 * n) + 1 ? RuleSeverity.Warning : (RuleSeverity?)null;
        if (severity is { } found)
        {
            findings.Add(new Finding(Rules.WaVariableDensity, found,
                $"body has {n} variable{(n == 1 ? "" : "s")} and only {count} other word{(count == 1 ? "" : "s")}; Meta rejects templates with too many variables for their length — write at least {(2 * n) + 1} words around them"));
        }
    }

    // A letter or digit is what makes the gap between two variables a word; spaces, punctuation and emoji do not.
    private static bool HasWord(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
