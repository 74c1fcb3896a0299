namespace CxoneApprove.Cli.Help;

/// <summary>"Did you mean": the known names closest to a mistyped one, by edit distance (a swap of two neighbours counts once).</summary>
internal static class Suggestions
{
    /// <summary>
    /// The candidates within a small distance of <paramref name="typed"/>, closest first; a candidate that starts with what
    /// was typed (an abbreviation) counts as close too.
    /// </summary>
    public static IReadOnlyList<string> For(string typed, IEnumerable<string> candidates)
    {
        var bare = typed.TrimStart('-');
        if (bare.Length == 0)
        {
            return [];
        }

        // Up to a third of the word may be wrong, and at least one character.
        var allowed = Math.Max(1, bare.Length / 3);
        return [.. candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Distance: Distance(bare, c.TrimStart('-')), Prefix: c.TrimStart('-').StartsWith(bare, StringComparison.OrdinalIgnoreCase)))
            .Where(c => c.Distance <= allowed || (c.Prefix && bare.Length >= 3))
            .OrderBy(c => c.Prefix ? 0 : c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(c => c.Name)];
    }

    /// <summary>The sentence to append to an error, or an empty string when nothing is close.</summary>
    public static string Sentence(string typed, IEnumerable<string> candidates)
    {
        var close = For(typed, candidates);
        return close.Count switch
        {
            0 => "",
            1 => $" Did you mean {close[0]}?",
            _ => $" Did you mean {string.Join(", ", close.Take(close.Count - 1))} or {close[^1]}?",
        };
    }

    /// <summary>Optimal string alignment distance, case-insensitive.</summary>
    private static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
