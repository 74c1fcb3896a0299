namespace CxoneApprove.Compliance;

/// <summary>
/// Meta's limits per component: body 1024, header 60 and footer 60 characters (<c>wa_*_length</c>); at most
/// one variable in the header and none in the footer (<c>wa_*_variables</c>); variables written <c>{{1}}</c>
/// or <c>{{name}}</c>, never both kinds (<c>wa_variable_format</c>), numbered 1, 2, 3… without gaps
/// (<c>wa_variable_sequence</c>). Lengths count UTF-16 units, as the Graph API is understood to.
/// </summary>
internal static class WhatsAppComponentRules
{
    /// <summary>Longest body Meta accepts.</summary>
    public const int MaxBody = 1024;

    /// <summary>Longest header or footer text Meta accepts.</summary>
    public const int MaxHeaderOrFooter = 60;

    /// <summary>Reports the components' lengths and how their variables are written and numbered.</summary>
    public static void Check(RuleContext context, FindingList findings)
    {
        var template = context.Template;
        var body = context.Content;
        if (body.Length > MaxBody)
        {
            findings.Add(new Finding(Rules.WaBodyLength, RuleSeverity.Error,
                $"body has {body.Length} characters; WhatsApp allows at most {MaxBody} — shorten it by {body.Length - MaxBody}")
                .At(MaxBody, body.Length - MaxBody));
        }

        CheckShort(findings, Rules.WaHeaderLength, "header", template.Header);
        CheckShort(findings, Rules.WaFooterLength, "footer", template.Footer);

        var headerVariables = VariableScanner.Find(template.Header);
        if (headerVariables.Count > 1)
        {
            findings.Add(new Finding(Rules.WaHeaderVariables, RuleSeverity.Error,
                $"header has {headerVariables.Count} variables ({string.Join(", ", headerVariables.Select(v => v.Text))}); WhatsApp allows one"));
        }

        var footerVariables = VariableScanner.Find(template.Footer);
        if (footerVariables.Count > 0)
        {
            findings.Add(new Finding(Rules.WaFooterVariables, RuleSeverity.Error,
                $"footer has the variable {footerVariables[0].Text}; WhatsApp footers are fixed text — move it to the body"));
        }

        var bodyVariables = context.Variables;
        CheckFormat(findings, "body", bodyVariables, inContent: true);
        CheckFormat(findings, "header", headerVariables, inContent: false);
        CheckSequence(findings, "body", bodyVariables, inContent: true);
        CheckSequence(findings, "header", headerVariables, inContent: false);
    }

    private static void CheckShort(FindingList findings, string rule, string component, string? text)
    {
        if (text is { Length: > MaxHeaderOrFooter })
        {
            findings.Add(new Finding(rule, RuleSeverity.Error,
                $"{component} has {text.Length} characters; WhatsApp allows at most {MaxHeaderOrFooter} — shorten it by {text.Length - MaxHeaderOrFooter}"));
        }
    }

    private static void CheckFormat(FindingList findings, string component, IReadOnlyList<TemplateVariable> variables, bool inContent)
    {
        foreach (var variable in variables.Where(v => v.Problem is not null))
        {
            var fix = variable.Fix is null ? string.Empty : $" — write {variable.Fix}";
            var finding = new Finding(Rules.WaVariableFormat, RuleSeverity.Error, $"{component} variable {variable.Text} {variable.Problem}{fix}") { Fix = inContent ? variable.Fix : null };
            findings.Add(inContent ? finding.At(variable.Index, variable.Length) : finding);
        }

        var positional = variables.FirstOrDefault(v => v.Number is not null && v.Problem is null);
        var named = variables.FirstOrDefault(v => v.Name is not null && v.Problem is null);
        if (positional is not null && named is not null)
        {
            var second = positional.Index > named.Index ? positional : named;
            var finding = new Finding(Rules.WaVariableFormat, RuleSeverity.Error,
                $"{component} mixes numbered and named variables ({positional.Text}, {named.Text}); use one kind throughout");
            findings.Add(inContent ? finding.At(second.Index, second.Length) : finding);
        }
    }

    private static void CheckSequence(FindingList findings, string component, IReadOnlyList<TemplateVariable> variables, bool inContent)
    {
        var numbered = variables.Where(v => v.Number is not null).ToList();
        if (numbered.Count == 0)
        {
            return;
        }

        var numbers = numbered.Select(v => v.Number!.Value).Distinct().Order().ToList();
        var missing = Enumerable.Range(1, numbers[^1]).Except(numbers).ToList();
        if (missing.Count == 0 && numbers[0] >= 1)
        {
            return;
        }

        var first = numbered.First(v => v.Number == 0 || v.Number > missing.FirstOrDefault(int.MaxValue));
        var problem = numbers[0] == 0
            ? "starts at {{0}}; WhatsApp numbers variables from {{1}}"
            : $"skips {string.Join(", ", missing.Take(5).Select(n => $"{{{{{n}}}}}"))}; WhatsApp needs {{{{1}}}} to {{{{{numbers.Count}}}}} in sequence";
        var finding = new Finding(Rules.WaVariableSequence, RuleSeverity.Error, $"{component} numbering {problem}");
        findings.Add(inContent ? finding.At(first.Index, first.Length) : finding);
    }
}
