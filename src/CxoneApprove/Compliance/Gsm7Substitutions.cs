namespace CxoneApprove.Compliance;

/// <summary>
/// GSM-7 stand-ins for characters that word processors and phones slip into text (curly quotes,
/// dashes, the ellipsis, odd spaces) and for accented letters that the GSM-7 table lacks, so that
/// a warning can say what to type instead. Every stand-in is itself GSM-7.
/// </summary>
internal static class Gsm7Substitutions
{
    // Each entry: a character outside the table, then its stand-in. Accented letters first (the ones in
    // the table, such as é or Ç, need none), then Greek capitals that look like Latin letters (Δ or Ω
    // are in the table), then compatibility forms.
    private static readonly Dictionary<char, string> Letters = BuildLetters(
        "áa âa ãa āa ăa ąa íi îi ïi īi įi óo ôo õo ōo őo úu ûu ūu ůu űu ųu êe ëe ēe ėe ęe ěe ýy ÿy " +
        "ÁA ÂA ÃA ĀA ĂA ĄA ÀA ÍI ÎI ÏI ĪI ĮI ÌI ÓO ÔO ÕO ŌO ŐO ÒO ÚU ÛU ŪU ŮU ŰU ŲU ÙU ÊE ËE ĒE ĖE ĘE ĚE ÈE ÝY ŸY " +
        "çÇ ćc ĉc čc ċc ĆC ĈC ČC ĊC ďd ĎD ğg ĞG ġg ĠG ħh ĦH ĵj ĴJ ķk ĶK ĺl ĹL ļl ĻL ľl ĽL łl ŁL ńn ŃN ňn ŇN ņn ŅN " +
        "ŕr ŔR řr ŘR śs ŚS šs ŠS şs ŞS șs ȘS ťt ŤT ţt ŢT țt ȚT źz ŹZ žz ŽZ żz ŻZ ðd ÐD þth ÞTh œoe ŒOE " +
        "\u0391A \u0392B \u0395E \u0396Z \u0397H \u0399I \u039AK \u039CM \u039DN \u039FO \u03A1P \u03A4T \u03A5Y \u03A7X " +
        "\u2126\u03A9 \u2206\u0394 ſs ﬀff ﬁfi ﬂfl ﬃffi ﬄffl ﬅst ﬆst");

    /// <summary>
    /// GSM-7 text that can replace <paramref name="codePoint"/>: <c>""</c> to delete an invisible
    /// character, <see langword="null"/> when nothing can stand in for it (an emoji, a CJK ideograph).
    /// </summary>
    public static string? For(int codePoint)
    {
        switch (codePoint)
        {
            case 0x2018 or 0x2019 or 0x201A or 0x201B or 0x2032 or 0x2035 or 0x0060 or 0x00B4 or 0x02BC or 0x2039 or 0x203A:
                return "'";
            case 0x201C or 0x201D or 0x201E or 0x201F or 0x2033 or 0x2036 or 0x00AB or 0x00BB:
                return "\"";
            case >= 0x2010 and <= 0x2015 or 0x2212 or 0xFE58 or 0xFE63 or 0x2022 or 0x00B7:
                return "-";
            case 0x2026:
                return "...";
            case 0x0009 or 0x00A0 or 0x1680 or >= 0x2000 and <= 0x200A or 0x202F or 0x205F or 0x3000:
                return " ";
            case 0x00AD or 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF or 0x180E:
                return string.Empty;
            case 0x2028 or 0x2029 or 0x0085:
                return "\n";
            case 0x2122:
                return "TM";
            case 0x00A9:
                return "(c)";
            case 0x00AE:
                return "(R)";
            case >= 0xFF01 and <= 0xFF5E:
                var ascii = (char)(codePoint - 0xFEE0);
                return Gsm7Alphabet.Contains(ascii) ? ascii.ToString() : For(ascii);
        }

        return codePoint is > 0 and <= 0xFFFF && Letters.TryGetValue((char)codePoint, out var standIn) ? standIn : null;
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
