namespace CxoneApprove.Compliance;

/// <summary>
/// Finds WhatsApp variables: positional <c>{{1}}</c> and named <c>{{first_name}}</c> (lower-case letters,
/// digits and underscores), and what was meant as one but is written wrong: <c>{1}</c>, <c>{{1}</c>,
/// <c>{{ 1 }}</c>, <c>{{First Name}}</c>, <c>{{#}}</c>.
/// </summary>
internal static class VariableScanner
{
    private const int MaxInner = 64;

    /// <summary>The variables of <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<TemplateVariable> Find(string? text)
    {
        var found = new List<TemplateVariable>();
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }

        var at = text.IndexOf('{', StringComparison.Ordinal);
        while (at >= 0)
        {
            var opening = Run(text, at, '{');
            var innerStart = at + opening;
            var close = text.IndexOfAny(['{', '}', '\n'], innerStart);
            if (close < 0 || text[close] != '}' || close - innerStart > MaxInner)
            {
                if (opening >= 2)
                {
                    found.Add(Malformed(text, at, innerStart, "has no closing braces"));
                }

                at = text.IndexOf('{', innerStart);
                continue;
            }

            var closing = Run(text, close, '}');
            var variable = Read(text, at, opening, innerStart, close, closing);
            if (variable is not null)
            {
                found.Add(variable);
            }

            at = text.IndexOf('{', close + closing);
        }

        return found;
    }

    private static TemplateVariable? Read(string text, int at, int opening, int innerStart, int close, int closing)
    {
        var written = text[at..(close + closing)];
        var inner = text[innerStart..close];
        var trimmed = inner.Trim();
        var number = trimmed.Length is > 0 and <= 9 && trimmed.All(char.IsAsciiDigit) ? int.Parse(trimmed, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var named = trimmed.Length > 0 && char.IsAsciiLetterLower(trimmed[0]) && trimmed.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
        var wellFormed = $"{{{{{trimmed}}}}}";
        if (opening == 1 && closing == 1)
        {
            // A single pair of braces is a variable only when it holds a number: "{1}" was meant as "{{1}}".
            return number is null ? null : new TemplateVariable(at, written, number, null, "has single braces", wellFormed);
        }

        if (opening != 2 || closing != 2)
        {
            return new TemplateVariable(at, written, number, null, "needs exactly two braces on each side", number is not null || named ? wellFormed : null);
        }

        if (inner.AsSpan().IndexOfAny("#$%") >= 0)
        {
            return new TemplateVariable(at, written, null, null, "holds #, $ or %, which Meta does not allow in a variable", null);
        }

        if (number is not null || named)
        {
            return new TemplateVariable(at, written, number, named ? trimmed : null, inner == trimmed ? null : "has spaces inside the braces", inner == trimmed ? null : wellFormed);
        }

        return new TemplateVariable(at, written, null, null, "is neither a number nor a name of lower-case letters, digits and underscores", null);
    }

    private static TemplateVariable Malformed(string text, int at, int innerStart, string problem)
    {
        var end = innerStart;
        while (end < text.Length && end - innerStart < MaxInner && !char.IsWhiteSpace(text[end]) && text[end] != '{')
        {
            end++;
        }

        return new TemplateVariable(at, text[at..end], null, null, problem, null);
    }

    private static int Run(string text, int at, char c)
    {
        var end = at;
        while (end < text.Length && text[end] == c)
        {
            end++;
        }

        return end - at;
    }
}
