using CxoneApprove.Compliance;

namespace CxoneApprove.Tests.Compliance;

/// <summary>
/// Encoding, units and parts, with expected values worked out from 3GPP TS 23.038 (alphabet) and
/// TS 23.040 (160/153 septets, 70/67 UTF-16 units; an escape pair, a surrogate pair or a grapheme
/// never straddles two parts).
/// </summary>
public sealed class SegmentCounterTests
{
    private const string Gsm = "GSM-7";
    private const string Ucs = "UCS-2";

    // A character outside GSM-7 that costs one UTF-16 unit: it makes a text UCS-2 without changing its length.
    private const string SmallCCedilla = "ç";

    private static string R(string s, int times) => string.Concat(Enumerable.Repeat(s, times));

    public static TheoryData<string, string, string, int, int> Cases => new()
    {
        // name, content, encoding, units, segments
        { "empty", "", Gsm, 0, 0 },
        { "one letter", "a", Gsm, 1, 1 },
        { "160 septets: one part", R("a", 160), Gsm, 160, 1 },
        { "161 septets: two parts", R("a", 161), Gsm, 161, 2 },
        { "2x153 septets", R("a", 306), Gsm, 306, 2 },
        { "2x153+1 septets", R("a", 307), Gsm, 307, 3 },
        { "3x153 septets", R("a", 459), Gsm, 459, 3 },
        { "3x153+1 septets", R("a", 460), Gsm, 460, 4 },
        { "4x153 septets", R("a", 612), Gsm, 612, 4 },
        { "4x153+1 septets", R("a", 613), Gsm, 613, 5 },
        { "158 + euro = 160 septets", R("a", 158) + "€", Gsm, 160, 1 },
        { "159 + euro = 161 septets", R("a", 159) + "€", Gsm, 161, 2 },
        { "80 euros = 160 septets", R("€", 80), Gsm, 160, 1 },
        { "81 euros: 76 a part", R("€", 81), Gsm, 162, 2 },
        { "153 closing brackets: 76+76+1, not 2 parts", R("]", 153), Gsm, 306, 3 },
        { "152 brackets: 76+76", R("]", 152), Gsm, 304, 2 },
        { "escape pair straddling 153 moves whole", R("a", 152) + "]" + R("a", 152), Gsm, 306, 3 },
        { "escape pair ending exactly at 153", R("a", 151) + "]" + R("a", 153), Gsm, 306, 2 },
        { "escape pair at 153 in a short tail", R("a", 152) + "]" + R("a", 10), Gsm, 164, 2 },
        { "form feed", "\f", Gsm, 2, 1 },
        { "caret", "^", Gsm, 2, 1 },
        { "left brace", "{", Gsm, 2, 1 },
        { "right brace", "}", Gsm, 2, 1 },
        { "backslash", "\\", Gsm, 2, 1 },
        { "left bracket", "[", Gsm, 2, 1 },
        { "tilde", "~", Gsm, 2, 1 },
        { "right bracket", "]", Gsm, 2, 1 },
        { "vertical bar", "|", Gsm, 2, 1 },
        { "euro", "€", Gsm, 2, 1 },
        { "all nine printable extension characters", "^{}\\[~]|€", Gsm, 18, 1 },
        { "placeholder braces as written", "Hi {{first_name}}", Gsm, 3 + 8 + 10, 1 },
        { "Greek capitals in the table", "\u0394\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E", Gsm, 10, 1 },
        { "small delta is not", "\u03B4", Ucs, 1, 1 },
        { "small omega is not", "\u03C9", Ucs, 1, 1 },
        { "capital alpha (Latin look-alike) is not", "\u0391", Ucs, 1, 1 },
        { "ohm sign is not capital omega", "\u2126", Ucs, 1, 1 },
        { "capital C cedilla is", "Ç", Gsm, 1, 1 },
        { "small c cedilla is not", "ç", Ucs, 1, 1 },
        { "backtick is not", "`", Ucs, 1, 1 },
        { "CR and LF are", "a\r\nb\rc\nd", Gsm, 8, 1 },
        { "NBSP is not", "Hi\u00A0there", Ucs, 8, 1 },
        { "tab is not", "a\tb", Ucs, 3, 1 },
        { "other basic-table specials", "@£$¥èéùìòØøÅåÆæßÉ¤¡ÄÖÑÜ§¿äöñüà_!\"#%&'()*+,-./:;<=>?", Gsm, 30 + 21, 1 },
        { "accents outside the table", "áíóúêâ", Ucs, 6, 1 },
        { "curly apostrophe", "It’s here", Ucs, 9, 1 },
        { "euro in UCS-2 is one unit", "€ç", Ucs, 2, 1 },
        { "brace in UCS-2 is one unit", "{ç", Ucs, 2, 1 },
        { "70 units: one part", SmallCCedilla + R("a", 69), Ucs, 70, 1 },
        { "71 units: two parts", SmallCCedilla + R("a", 70), Ucs, 71, 2 },
        { "2x67 units", SmallCCedilla + R("a", 133), Ucs, 134, 2 },
        { "2x67+1 units", SmallCCedilla + R("a", 134), Ucs, 135, 3 },
        { "3x67 units", SmallCCedilla + R("a", 200), Ucs, 201, 3 },
        { "3x67+1 units", SmallCCedilla + R("a", 201), Ucs, 202, 4 },
        { "160 characters with one curly quote: 3 parts", "’" + R("a", 159), Ucs, 160, 3 },
        { "emoji is 2 units", "😀", Ucs, 2, 1 },
        { "68 units + emoji = 70", SmallCCedilla + R("a", 67) + "😀", Ucs, 70, 1 },
        { "69 units + emoji = 71", SmallCCedilla + R("a", 68) + "😀", Ucs, 71, 2 },
        { "emoji straddling 67 moves whole", SmallCCedilla + R("a", 65) + "😀" + R("a", 66), Ucs, 134, 3 },
        { "emoji ending exactly at 67", SmallCCedilla + R("a", 64) + "😀" + R("a", 67), Ucs, 134, 2 },
        { "skin-tone emoji is one grapheme of 4 units", SmallCCedilla + R("a", 64) + "👍🏽" + R("a", 64), Ucs, 133, 3 },
        { "family emoji is one grapheme of 8 units", SmallCCedilla + R("a", 60) + "👨‍👩‍👧" + R("a", 10), Ucs, 79, 2 },
        { "family emoji straddling 67", SmallCCedilla + R("a", 62) + "👨‍👩‍👧" + R("a", 60), Ucs, 131, 3 },
        { "flag is one grapheme of 4 units", SmallCCedilla + R("a", 65) + "🇫🇷" + R("a", 65), Ucs, 135, 3 },
        { "combining accent stays with its letter", R("a", 66) + "e\u0301" + R("a", 66), Ucs, 134, 3 },
        { "CRLF is one grapheme", R("a", 152) + "\r\n" + R("a", 152), Gsm, 306, 3 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Measure_Content_MatchesTheStandard(string name, string content, string encoding, int units, int segments)
    {
        var measured = SegmentCounter.Measure(content, placeholderWidth: null);

        Assert.True(
            (encoding, units, segments) == (measured.EncodingName, measured.Units, measured.Segments),
            $"{name}: expected {encoding}/{units}/{segments}, got {measured.EncodingName}/{measured.Units}/{measured.Segments}");
    }

    [Fact]
    public void Measure_Null_IsEmpty()
    {
        var measured = SegmentCounter.Measure(null, placeholderWidth: null);

        Assert.Equal(("GSM-7", 0, 0), (measured.EncodingName, measured.Units, measured.Segments));
    }

    [Fact]
    public void Measure_UnpairedSurrogate_IsOneUcs2UnitAndDoesNotThrow()
    {
        var measured = SegmentCounter.Measure("a\uD83Db", placeholderWidth: null);

        Assert.Equal(("UCS-2", 3, 1), (measured.EncodingName, measured.Units, measured.Segments));
        Assert.Equal(0xD83D, Assert.Single(measured.NonGsmCharacters).CodePoint);
    }

    [Fact]
    public void Measure_GraphemeLongerThanAPart_IsSplitBetweenCodePoints()
    {
        // One letter with 80 combining marks: 81 units, more than a part holds, so it has to split.
        var content = "a" + R("\u0301", 80);

        var measured = SegmentCounter.Measure(content, placeholderWidth: null);

        Assert.Equal(("UCS-2", 81, 2), (measured.EncodingName, measured.Units, measured.Segments));
    }

    [Fact]
    public void Measure_NonGsmCharacters_ReportedWithCodePointPositionsAndStandIns()
    {
        var measured = SegmentCounter.Measure("It’s 😀 ok…", placeholderWidth: null);

        Assert.Equal(
            [("’", 0x2019, 3, (string?)"'"), ("😀", 0x1F600, 6, null), ("…", 0x2026, 10, "...")],
            measured.NonGsmCharacters.Select(c => (c.Text, c.CodePoint, c.Position, c.Replacement)));
    }

    [Fact]
    public void Measure_PlaceholderWidth_CountsEachPlaceholderAsThatManyCharacters()
    {
        var measured = SegmentCounter.Measure("Hi {{first_name}}, code {{code}}", placeholderWidth: 20);

        Assert.Equal(("GSM-7", 3 + 20 + 7 + 20, 1), (measured.EncodingName, measured.Units, measured.Segments));
    }

    [Fact]
    public void Measure_PlaceholderWidth_PlaceholderNameDoesNotDecideTheEncoding()
    {
        var measured = SegmentCounter.Measure("Hi {{prénom_ç}}", placeholderWidth: 5);

        Assert.Equal(("GSM-7", 8, 1), (measured.EncodingName, measured.Units, measured.Segments));
    }

    [Fact]
    public void Measure_PlaceholderWidth_FillsPartsInOrder()
    {
        // 150 septets, then a 10-wide placeholder: 160 fits one part exactly; 11 wide does not.
        var fits = SegmentCounter.Measure(R("a", 150) + "{{x}}", placeholderWidth: 10);
        var spills = SegmentCounter.Measure(R("a", 150) + "{{x}}", placeholderWidth: 11);

        Assert.Equal((160, 1), (fits.Units, fits.Segments));
        Assert.Equal((161, 2), (spills.Units, spills.Segments));
    }

    [Fact]
    public void Measure_HugePlaceholderWidth_SaturatesInsteadOfOverflowing()
    {
        var measured = SegmentCounter.Measure("{{a}}{{b}}{{c}}", placeholderWidth: int.MaxValue);

        Assert.Equal(int.MaxValue, measured.Units);
        Assert.Equal((int)((3L * int.MaxValue + 152) / 153), measured.Segments);
    }

    [Fact]
    public void Alphabet_BasicTable_MatchesTs23038CodeByCode()
    {
        // 3GPP TS 23.038 §6.2.1, code 0x00 to 0x7F; null at 0x1B, the escape to the extension table.
        string?[] table =
        [
            "@", "£", "$", "¥", "è", "é", "ù", "ì", "ò", "Ç", "\n", "Ø", "ø", "\r", "Å", "å",
            "\u0394", "_", "\u03A6", "\u0393", "\u039B", "\u03A9", "\u03A0", "\u03A8", "\u03A3", "\u0398", "\u039E", null, "Æ", "æ", "ß", "É",
            " ", "!", "\"", "#", "¤", "%", "&", "'", "(", ")", "*", "+", ",", "-", ".", "/",
            "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ":", ";", "<", "=", ">", "?",
            "¡", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O",
            "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "Ä", "Ö", "Ñ", "Ü", "§",
            "¿", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o",
            "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "ä", "ö", "ñ", "ü", "à",
        ];

        Assert.Equal(128, table.Length);
        string inProduct = Gsm7Alphabet.BasicCharacters;
        Assert.Equal(string.Concat(table.Where(c => c is not null)), inProduct);
        Assert.All(Gsm7Alphabet.BasicCharacters, c => Assert.Equal(1, Gsm7Alphabet.Septets(c)));
    }

    [Fact]
    public void Alphabet_ExtensionTable_MatchesTs23038()
    {
        // 3GPP TS 23.038 §6.2.1.1: 0x0A FF, 0x14 ^, 0x28 {, 0x29 }, 0x2F \, 0x3C [, 0x3D ~, 0x3E ], 0x40 |, 0x65 €.
        Assert.Equal("\f^{}\\[~]|€", Gsm7Alphabet.ExtensionCharacters);
        Assert.All(Gsm7Alphabet.ExtensionCharacters, c => Assert.Equal(2, Gsm7Alphabet.Septets(c)));
        Assert.Empty(Gsm7Alphabet.ExtensionCharacters.Intersect(Gsm7Alphabet.BasicCharacters));
    }

    [Fact]
    public void Substitutions_AreThemselvesGsm7()
    {
        for (var codePoint = 1; codePoint <= 0xFFFF; codePoint++)
        {
            if (Gsm7Substitutions.For(codePoint) is { } standIn)
            {
                Assert.True(standIn.All(Gsm7Alphabet.Contains), $"stand-in for U+{codePoint:X4} is not GSM-7: {standIn}");
                Assert.False(Gsm7Alphabet.Contains((char)codePoint) && codePoint is not (>= 0xD800 and <= 0xDFFF), $"U+{codePoint:X4} is GSM-7 and needs no stand-in");
            }
        }
    }
}
