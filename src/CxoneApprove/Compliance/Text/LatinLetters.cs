namespace CxoneApprove.Compliance;

/// <summary>
/// Latin capitals without their accents (É → E, Ñ → N, Œ → OE), so that words compare the same however
/// their author typed the accents: "ARRÊT" and "ARRET", "Envía" and "Envia". Works on upper-case text
/// (as <see cref="CompatibilityFolding"/> gives it); the platform's own decomposition is not available
/// under invariant globalization.
/// </summary>
internal static class LatinLetters
{
    private static readonly Dictionary<char, string> Bases = Build(
        "ÀA ÁA ÂA ÃA ÄA ÅA ÆAE ÇC ÈE ÉE ÊE ËE ÌI ÍI ÎI ÏI ÐD ÑN ÒO ÓO ÔO ÕO ÖO ØO ÙU ÚU ÛU ÜU ÝY ÞTH ŸY " +
        "ĀA ĂA ĄA ĆC ĈC ĊC ČC ĎD ĐD ĒE ĔE ĖE ĘE ĚE ĜG ĞG ĠG ĢG ĤH ĦH ĨI ĪI ĬI ĮI İI ĴJ ĶK ĹL ĻL ĽL ĿL ŁL " +
        "ŃN ŅN ŇN ŌO ŎO ŐO ŒOE ŔR ŖR ŘR ŚS ŜS ŞS ŠS ŢT ŤT ŦT ŨU ŪU ŬU ŮU ŰU ŲU ŴW ŶY ŹZ ŻZ ŽZ ȘS ȚT");

    /// <summary><paramref name="upper"/> with each accented Latin capital replaced by its base letters.</summary>
    public static string Strip(string upper)
    {
        var span = upper.AsSpan();
        if (!span.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return upper;
        }

        var result = new System.Text.StringBuilder(upper.Length);
        foreach (var c in span)
        {
            if (Bases.TryGetValue(c, out var bare))
            {
                result.Append(bare);
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>A word or phrase as matching compares it: folded, upper case, without accents.</summary>
    public static string Key(string? text) => Strip(CompatibilityFolding.FoldPlain(text));

    private static Dictionary<char, string> Build(string entries)
    {
        var bases = new Dictionary<char, string>();
        foreach (var entry in entries.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            bases[entry[0]] = entry[1..];
        }

        return bases;
    }
}
