namespace CxoneApprove.Compliance;

/// <summary>
/// The one table of stand-ins for characters outside GSM-7: what word processors and phones slip into
/// text (curly quotes, dashes, the ellipsis, odd spaces, invisible characters), compatibility forms
/// (full-width and styled letters) and accented letters the GSM-7 table lacks. Every stand-in is itself
/// GSM-7. The GSM-7 advice reads every entry; keyword folding (<see cref="CompatibilityFolding"/>) reads
/// the entries that do not touch spelling, so the two can never disagree.
/// </summary>
internal static class Gsm7Substitutions
{
    // Each entry: a character outside the table, then its stand-in. Accented letters (the ones in the
    // table, such as é or Ç, need none) and Greek capitals that look like Latin letters (Δ or Ω are in
    // the table): replacing them changes how a word is spelled.
    private static readonly Dictionary<char, string> Letters = BuildLetters(
        "áa âa ãa āa ăa ąa íi îi ïi īi įi óo ôo õo ōo őo úu ûu ūu ůu űu ųu êe ëe ēe ėe ęe ěe ýy ÿy " +
        "ÁA ÂA ÃA ĀA ĂA ĄA ÀA ÍI ÎI ÏI ĪI ĮI ÌI ÓO ÔO ÕO ŌO ŐO ÒO ÚU ÛU ŪU ŮU ŰU ŲU ÙU ÊE ËE ĒE ĖE ĘE ĚE ÈE ÝY ŸY " +
        "ćc ĉc čc ċc ĆC ĈC ČC ĊC ďd ĎD ğg ĞG ġg ĠG ħh ĦH ĵj ĴJ ķk ĶK ĺl ĹL ļl ĻL ľl ĽL łl ŁL ńn ŃN ňn ŇN ņn ŅN " +
        "ŕr ŔR řr ŘR śs ŚS šs ŠS şs ŞS șs ȘS ťt ŤT ţt ŢT țt ȚT źz ŹZ žz ŽZ żz ŻZ ðd ÐD þth ÞTh œoe ŒOE " +
        "\u0391A \u0392B \u0395E \u0396Z \u0397H \u0399I \u039AK \u039CM \u039DN \u039FO \u03A1P \u03A4T \u03A5Y \u03A7X");

    // Ligatures are typographic: the letters stay the same.
    private static readonly Dictionary<char, string> Ligatures = BuildLetters("ﬀff ﬁfi ﬂfl ﬃffi ﬄffl ﬅst ﬆst");

    /// <summary>
    /// GSM-7 text that can replace <paramref name="codePoint"/>: <c>""</c> to delete an invisible
    /// character, <see langword="null"/> when nothing can stand in for it (an emoji, a CJK ideograph).
    /// </summary>
    public static string? For(int codePoint) => Find(codePoint)?.Replacement;

    /// <summary>The stand-in for <paramref name="codePoint"/> and what replacing it changes, or <see langword="null"/>.</summary>
    public static Substitution? Find(int codePoint)
    {
        if (Typographic(codePoint) is { } typographic)
        {
            return new Substitution(typographic, SubstitutionKind.Typographic);
        }

        if (LookAlike(codePoint) is { } lookAlike)
        {
            return new Substitution(lookAlike, SubstitutionKind.LookAlike);
        }

        return codePoint switch
        {
            0x00A9 => new Substitution("(c)", SubstitutionKind.Symbol),
            0x00AE => new Substitution("(R)", SubstitutionKind.Symbol),
            > 0 and <= 0xFFFF when Letters.TryGetValue((char)codePoint, out var letter) => new Substitution(letter, SubstitutionKind.Spelling),
            _ => null,
        };
    }

    private static string? Typographic(int codePoint)
    {
        switch (codePoint)
        {
            case 0x2018 or 0x2019 or 0x201A or 0x201B or 0x2032 or 0x2035 or 0x0060 or 0x00B4 or 0x02BC or 0x2039 or 0x203A:
                return "'";
            case 0x201C or 0x201D or 0x201E or 0x201F or 0x2033 or 0x2036 or 0x00AB or 0x00BB:
                return "\"";
            case >= 0x2010 and <= 0x2015 or 0x2212 or 0xFE58 or 0xFE63 or 0x2022:
                return "-";
            case 0x2026:
                return "...";
            case 0x0009 or 0x00A0 or 0x1680 or >= 0x2000 and <= 0x200A or 0x202F or 0x205F or 0x3000:
                return " ";
            case 0x00AD or 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF or 0x180E:
                return string.Empty;
            case 0x2028 or 0x2029 or 0x0085:
                return "\n";
        }

        return codePoint is > 0 and <= 0xFFFF && Ligatures.TryGetValue((char)codePoint, out var letters) ? letters : null;
    }

    // Characters that read as plain ones but whose look the author may have chosen: full-width forms,
    // styled mathematical and circled letters, the long s, the Kelvin and ohm signs, the trade mark sign,
    // the small c cedilla. The middle dot is here, not with the dashes: Catalan spells words with it (l·l).
    private static string? LookAlike(int codePoint)
    {
        switch (codePoint)
        {
            case 0x00B7:
                return "-";
            case 0x00E7:
                // GSM-7's 0x09 was the small ç in the first edition of the table and many phones still
                // show it that way, so the capital stands in for the small letter as senders do.
                return "Ç";
            case 0x2122:
                return "TM";
            case 0x017F:
                return "s";
            case 0x212A:
                return "K";
            case 0x2126:
                return "\u03A9";
            case 0x2206:
                return "\u0394";
            case >= 0xFF01 and <= 0xFF5E:
                var ascii = (char)(codePoint - 0xFEE0);
                return Gsm7Alphabet.Contains(ascii) ? ascii.ToString() : For(ascii);
            case >= 0x24B6 and <= 0x24CF:
                return ((char)('A' + (codePoint - 0x24B6))).ToString();
            case >= 0x24D0 and <= 0x24E9:
                return ((char)('a' + (codePoint - 0x24D0))).ToString();
            case >= 0x1D400 and <= 0x1D6A3:
                // Mathematical bold, italic, script, fraktur, double-struck, sans-serif and monospace
                // letters: thirteen alphabets of 26 capitals then 26 small letters.
                var letter = (codePoint - 0x1D400) % 52;
                return ((char)(letter < 26 ? 'A' + letter : 'a' + (letter - 26))).ToString();
            case >= 0x1D7CE and <= 0x1D7FF:
                return ((char)('0' + ((codePoint - 0x1D7CE) % 10))).ToString();
            default:
                return null;
        }
    }

    private static Dictionary<char, string> BuildLetters(string entries)
    {
        var letters = new Dictionary<char, string>();
        foreach (var entry in entries.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            letters[entry[0]] = entry[1..];
        }

        return letters;
    }
}

/// <summary>What replacing a character with its stand-in changes, which decides where the stand-in may be used.</summary>
internal enum SubstitutionKind
{
    /// <summary>Only typography: curly quotes, dashes, the bullet, the ellipsis, odd spaces, invisible characters, ligatures. Safe to apply.</summary>
    Typographic,

    /// <summary>A character that reads as the stand-in but looks different (full-width, styled, circled letters, ™, the middle dot).</summary>
    LookAlike,

    /// <summary>A symbol spelled out: © as (c), ® as (R).</summary>
    Symbol,

    /// <summary>A letter of the word: á as a, œ as oe. Replacing it misspells the word.</summary>
    Spelling,
}

/// <summary>A GSM-7 stand-in and what using it changes.</summary>
/// <param name="Replacement">The GSM-7 text; <c>""</c> deletes the character.</param>
/// <param name="Kind">What the replacement changes.</param>
internal readonly record struct Substitution(string Replacement, SubstitutionKind Kind)
{
    /// <summary>Whether the stand-in may be applied without asking: it changes typography only.</summary>
    public bool IsSafe => Kind == SubstitutionKind.Typographic;

    /// <summary>Whether keyword matching reads the character as its stand-in (never for spelling or symbols).</summary>
    public bool FoldsForMatching => Kind is SubstitutionKind.Typographic or SubstitutionKind.LookAlike;
}
