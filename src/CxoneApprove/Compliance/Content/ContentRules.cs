namespace CxoneApprove.Compliance;

/// <summary>
/// <c>shaft_content</c> and <c>high_risk_content</c>: words of a restricted category, one warning per
/// category at its first word; <c>all_caps</c>: shouting, which spam filters score.
/// </summary>
internal static class ContentRules
{
    private const int MaxNamed = 3;

    // "FREE SHIPPING TODAY": two or more capitalised words of five letters or more.
    private const int CapsWordLetters = 5;
    private const int CapsWords = 2;

    private const int SolicitationReach = 5;

    private static readonly HashSet<string> Acronyms = new(
        Vocabulary.Words("COVID HIPAA NASDAQ NASCAR UNICEF FAFSA SCUBA LASER RADAR"), StringComparer.Ordinal);

    /// <summary>Reports restricted categories of content.</summary>
    public static void CheckCategories(RuleContext context, FindingList findings)
    {
        var text = context.Scanned;
        var hits = new Dictionary<ContentCategory, List<(int First, int Last)>>();
        for (var i = 0; i < text.Words.Count; i++)
        {
            if (ContentCategories.ByFirstWord.TryGetValue(text.Key(i), out var candidates))
            {
                foreach (var (category, phrase) in candidates)
                {
                    if (text.IsPhraseAt(i, phrase) && !(phrase is ["GUN" or "GUNS"] && i > 0 && ContentCategories.ToolGuns.Contains(text.Key(i - 1))))
                    {
                        Hit(hits, category, i, i + phrase.Length - 1);
                    }
                }
            }

            if (ContentCategories.SolicitationStarts.Contains(text.Key(i)))
            {
                foreach (var solicitation in ContentCategories.Solicitations)
                {
                    if (Offer(text, i, solicitation) is { } last)
                    {
                        Hit(hits, solicitation.Category, i, last);
                    }
                }
            }
        }

        foreach (var category in ContentCategories.All)
        {
            if (findings.IsOff(category.Rule) || !hits.TryGetValue(category, out var places))
            {
                continue;
            }

            var written = places.Select(p => text.Span(p.First, p.Last)).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxNamed);
            var (first, lastWord) = places[0];
            var start = text.Start(first);
            var advice = category.Rule == Rules.ShaftContent
                ? "carriers block it unless the campaign is registered for it, with an age gate where the law asks"
                : "carriers treat it as high-risk or forbidden for A2P traffic; register the campaign's real use case";
            findings.Add(new Finding(category.Rule, RuleSeverity.Warning,
                $"content reads as {category.Name} ({string.Join(", ", written.Select(w => $"\"{w}\""))}) — {advice}")
                .At(start, text.Start(lastWord) + text.Span(lastWord, lastWord).Length - start));
        }
    }

    /// <summary>Reports two or more long words in capitals that are not keywords, the brand or acronyms.</summary>
    public static void CheckCapitals(RuleContext context, FindingList findings)
    {
        if (findings.IsOff(Rules.AllCaps))
        {
            return;
        }

        var text = context.Scanned;
        var allowed = AllowedCapitals(context);
        var shouted = new List<int>();
        for (var i = 0; i < text.Words.Count; i++)
        {
            var key = text.Key(i);
            if (key.Length < CapsWordLetters)
            {
                continue;
            }

            var start = text.Start(i);
            if (text.Capitals(i) >= CapsWordLetters && !key.Any(char.IsDigit) && !key.Contains('_', StringComparison.Ordinal)
                && !allowed.Contains(key) && (start == 0 || context.Content[start - 1] != '{'))
            {
                shouted.Add(i);
            }
        }

        if (shouted.Count >= CapsWords)
        {
            var named = string.Join(", ", shouted.Take(MaxNamed).Select(i => text.Span(i, i))) + (shouted.Count > MaxNamed ? ", …" : string.Empty);
            findings.Add(new Finding(Rules.AllCaps, RuleSeverity.Warning,
                $"{shouted.Count} words are in capitals ({named}), which spam filters read as shouting — write them in lower case")
                .At(text.Start(shouted[0]), text.Span(shouted[0], shouted[0]).Length));
        }
    }

    private static HashSet<string> AllowedCapitals(RuleContext context)
    {
        var allowed = new HashSet<string>(Acronyms, StringComparer.Ordinal);
        foreach (var language in OptOutWording.All)
        {
            foreach (var keyword in context.OptOutFinder.KeywordsOf(language.Language).Concat(HelpWording.Finder.KeywordsOf(language.Language)))
            {
                allowed.UnionWith(LatinLetters.Strip(keyword).Split(' '));
            }
        }

        foreach (var name in context.Options.BrandNames)
        {
            allowed.UnionWith(OptOutDetector.Tokenize(LatinLetters.Key(name)).Select(w => w.Text));
        }

        return allowed;
    }

    // The verb at `verb`, then one of the terms within a few words of the same sentence: index of the term.
    private static int? Offer(ScannedText text, int verb, Solicitation solicitation)
    {
        var key = text.Key(verb);
        var preApproved = key == "PRE" && verb + 1 < text.Words.Count && text.Key(verb + 1) == "APPROVED";
        if (!solicitation.Verbs.Contains(key) && !(preApproved && solicitation.Verbs.Contains("PREAPPROVED")))
        {
            return null;
        }

        for (var i = verb + 1; i < Math.Min(text.Words.Count, verb + 1 + SolicitationReach) && !text.EndsSentenceAfter(i - 1); i++)
        {
            if (solicitation.Terms.Contains(text.Key(i)))
            {
                return i;
            }
        }

        return null;
    }

    private static void Hit(Dictionary<ContentCategory, List<(int First, int Last)>> hits, ContentCategory category, int first, int last)
    {
        if (!hits.TryGetValue(category, out var places))
        {
            hits[category] = places = [];
        }

        places.Add((first, last));
    }
}
