namespace CxoneApprove.Compliance;

/// <summary>A category of content carriers restrict, with the words that suggest it.</summary>
/// <param name="Name">The category as messages name it: <c>alcohol</c>, <c>payday lending</c>.</param>
/// <param name="Rule"><see cref="Rules.ShaftContent"/> or <see cref="Rules.HighRiskContent"/>.</param>
/// <param name="Phrases">Its words and phrases as accent-free keys.</param>
internal sealed record ContentCategory(string Name, string Rule, IReadOnlyList<string[]> Phrases);

/// <summary>
/// The SHAFT categories (sex, hate, alcohol, firearms, tobacco, and cannabis) and the high-risk ones
/// (payday and third-party lending, debt relief and collection, credit repair, crypto, gambling, get-rich
/// offers). Word lists cannot tell a wine list from a liquor promotion, so these are warnings; hate speech
/// is not looked for at all, since no word list catches it without catching everything else.
/// </summary>
internal static class ContentCategories
{
    /// <summary>Every category, SHAFT first.</summary>
    public static IReadOnlyList<ContentCategory> All { get; } =
    [
        new("sexual content", Rules.ShaftContent, Vocabulary.Phrases("SEX|SEXY|PORN|PORNO|XXX|NUDE|NUDES|ESCORT|ESCORTS|EROTIC|HOOKUP")),
        new("alcohol", Rules.ShaftContent, Vocabulary.Phrases(
            "BEER|BEERS|WINE|WINES|VODKA|TEQUILA|WHISKEY|WHISKY|BOURBON|RUM|LIQUOR|COCKTAIL|COCKTAILS|MARGARITA|MARGARITAS|"
            + "CHAMPAGNE|BREWERY|BOOZE|HAPPY HOUR|CERVEZA|CERVEZAS|VINO|VINOS|BIERE|BIERES")),
        new("firearms", Rules.ShaftContent, Vocabulary.Phrases(
            "GUN|GUNS|RIFLE|RIFLES|AMMO|AMMUNITION|FIREARM|FIREARMS|HANDGUN|HANDGUNS|PISTOL|PISTOLS|SHOTGUN|SHOTGUNS|AR 15")),
        new("tobacco or vaping", Rules.ShaftContent, Vocabulary.Phrases(
            "VAPE|VAPES|VAPING|ECIG|ECIGS|E CIG|E CIGS|E CIGARETTE|CIGARETTE|CIGARETTES|CIGAR|CIGARS|NICOTINE|TOBACCO|JUUL|HOOKAH|E LIQUID")),
        new("cannabis", Rules.ShaftContent, Vocabulary.Phrases("CBD|THC|CANNABIS|MARIJUANA|DISPENSARY|DISPENSARIES|KRATOM|DELTA 8|DELTA 9")),
        new("payday or third-party lending", Rules.HighRiskContent, Vocabulary.Phrases(
            "PAYDAY LOAN|PAYDAY LOANS|CASH ADVANCE|TITLE LOAN|TITLE LOANS|NO CREDIT CHECK|BAD CREDIT OK")),
        new("debt relief or credit repair", Rules.HighRiskContent, Vocabulary.Phrases(
            "DEBT RELIEF|DEBT CONSOLIDATION|DEBT SETTLEMENT|DEBT REDUCTION|CREDIT REPAIR|DEBT COLLECTION|COLLECTION AGENCY|COLLECTIONS AGENCY")),
        new("cryptocurrency", Rules.HighRiskContent, Vocabulary.Phrases(
            "CRYPTO|CRYPTOCURRENCY|CRYPTOCURRENCIES|BITCOIN|ETHEREUM|TOKEN SALE|FOREX|BINARY OPTIONS")),
        new("gambling or get-rich offers", Rules.HighRiskContent, Vocabulary.Phrases(
            "CASINO|CASINOS|GAMBLING|BETTING|SPORTSBOOK|WORK FROM HOME|GUARANTEED INCOME|GET RICH|MAKE MONEY FAST|FREE MONEY")),
    ];

    /// <summary>Words before "gun" that make it a tool or a film: a glue gun, Top Gun.</summary>
    public static IReadOnlySet<string> ToolGuns { get; } = new HashSet<string>(
        Vocabulary.Words("GLUE NAIL HEAT SPRAY STAPLE CAULK CAULKING WATER MASSAGE TOP GLITTER PAINT GREASE"), StringComparer.Ordinal);

    /// <summary>
    /// Offers written as a verb and what it offers, a few words apart: "apply for a loan", "consolidate
    /// your debt", "fix your credit". A statement ("your loan payment is due") has no such verb.
    /// </summary>
    public static IReadOnlyList<Solicitation> Solicitations { get; } =
    [
        new(Vocabulary.Words("APPLY QUALIFY PREAPPROVED BORROW"), Vocabulary.Words("LOAN LOANS"), Named("payday or third-party lending")),
        new(Vocabulary.Words("ELIMINATE CONSOLIDATE REDUCE ERASE SETTLE"), Vocabulary.Words("DEBT DEBTS"), Named("debt relief or credit repair")),
        new(Vocabulary.Words("REPAIR FIX BOOST ERASE RAISE"), Vocabulary.Words("CREDIT"), Named("debt relief or credit repair")),
    ];

    /// <summary>The first word of every solicitation, for one look-up per word ("PRE" of "pre-approved" included).</summary>
    public static IReadOnlySet<string> SolicitationStarts { get; } =
        new HashSet<string>(Solicitations.SelectMany(s => s.Verbs).Append("PRE"), StringComparer.Ordinal);

    /// <summary>The phrases of every category by their first word, for one look-up per word.</summary>
    public static IReadOnlyDictionary<string, List<(ContentCategory Category, string[] Phrase)>> ByFirstWord { get; } = Index();

    private static ContentCategory Named(string name) => All.First(c => c.Name == name);

    private static Dictionary<string, List<(ContentCategory, string[])>> Index()
    {
        var index = new Dictionary<string, List<(ContentCategory, string[])>>(StringComparer.Ordinal);
        foreach (var category in All)
        {
            foreach (var phrase in category.Phrases)
            {
                if (!index.TryGetValue(phrase[0], out var list))
                {
                    index[phrase[0]] = list = [];
                }

                list.Add((category, phrase));
            }
        }

        return index;
    }
}

/// <summary>An offer of a restricted kind: one of <paramref name="Verbs"/>, then one of <paramref name="Terms"/>.</summary>
internal sealed record Solicitation(IReadOnlyList<string> Verbs, IReadOnlyList<string> Terms, ContentCategory Category);
