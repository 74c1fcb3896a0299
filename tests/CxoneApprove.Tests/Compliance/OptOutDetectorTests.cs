using CxoneApprove.Compliance;

namespace CxoneApprove.Tests.Compliance;

public sealed class OptOutDetectorTests
{
    public static TheoryData<string> Instructions => new()
    {
        // The four phrases the first version accepted.
        "REPLY STOP",
        "Reply STOP",
        "STOP to opt out",
        "Text STOP to unsubscribe",
        // Each keyword after a verb.
        "Reply STOPALL to stop all messages.",
        "Reply UNSUBSCRIBE any time.",
        "Reply CANCEL",
        "Txt END",
        "Send QUIT",
        "Reply REVOKE",
        "Reply OPTOUT",
        "Reply OPT OUT",
        "Reply OPT-OUT",
        // Each keyword followed by its purpose.
        "END to opt out",
        "CANCEL to unsubscribe",
        "QUIT to end",
        "UNSUBSCRIBE to stop",
        "Msg&data rates may apply. Reply HELP for help, STOP to cancel.",
        // Case, folding and decoration.
        "reply stop",
        "Your code is 1234. To opt out, reply STOP.",
        "Reply “STOP” to opt out",
        "Reply 'STOP'",
        "Reply: STOP",
        "Reply ＳＴＯＰ",
        "Reply\u00A0STOP",
        "Reply ST\u200BOP",
        "Reply \U0001D412\U0001D413\U0001D40E\U0001D40F",
        "Reply back with the word STOP",
        "Text\nSTOP to 12345",
        "Reply STOP–to opt out",
    };

    public static TheoryData<string> NotInstructions => new()
    {
        "",
        "nonstop to opt out",
        "Unstoppable deals this week",
        "Reply STOP2END",
        "STOP2END to opt out",
        "Reply HELP for help",
        "Stop by our store today",
        "Reply to this message to stop",
        "Text us to opt out",
        "Reply NONSTOP",
        "STOPPED to opt out",
        "Reply STOPS",
        "ST OP to opt out",
        "Reply. STOP",
        "STOP. To opt out, call us",
        "OPT, OUT",
        "Reply OPTION",
        "We never stop.",
        "Reply STOP\u0301",
    };

    [Theory]
    [MemberData(nameof(Instructions))]
    public void Find_OptOutInstruction_IsFound(string content)
    {
        Assert.NotNull(OptOutDetector.Find(content));
    }

    [Theory]
    [MemberData(nameof(NotInstructions))]
    public void Find_NoInstruction_IsNotFound(string content)
    {
        Assert.Null(OptOutDetector.Find(content));
    }

    [Fact]
    public void Find_Instruction_QuotesItAsWritten()
    {
        var match = OptOutDetector.Find("Hi! To leave, Reply “STOP” to opt-out. Thanks");

        Assert.Equal(new OptOutMatch("STOP", "Reply “STOP” to opt-out", 14), match);
    }

    [Fact]
    public void Find_FullWidthKeyword_QuotesTheOriginalCharacters()
    {
        var match = OptOutDetector.Find("Reply ＳＴＯＰ");

        Assert.Equal("Reply ＳＴＯＰ", match?.Text);
    }

    [Fact]
    public void Find_ExtraKeyword_CountsOnlyWhenConfigured()
    {
        Assert.Null(OptOutDetector.Find("Reply ALTO"));
        Assert.NotNull(OptOutDetector.Find("Reply ALTO", ["alto"]));
        Assert.NotNull(OptOutDetector.Find("ARRÊT to opt out", ["ARRÊT"]));
        Assert.NotNull(OptOutDetector.Find("Reply STOP NOW", ["stop now"]));
    }

    [Fact]
    public void Find_BlankExtraKeyword_IsIgnored()
    {
        Assert.Null(OptOutDetector.Find("Reply !!", ["", "  ", "!!"]));
    }

    [Fact]
    public void FindBareKeyword_KeywordWithoutInstruction_IsReported()
    {
        var bare = OptOutDetector.FindBareKeyword("Stop by our store");

        Assert.Equal(new OptOutMatch("STOP", "Stop", 0), bare);
    }

    [Fact]
    public void Fold_CompatibilityCharacters_FoldWhetherOrNotThePlatformNormalizes()
    {
        // Under InvariantGlobalization string.Normalize is a no-op on Linux; the hand folding must cover these.
        var folded = CompatibilityFolding.FoldPlain("ＳＴＯＰ ﬁ ſ “q” ’ – … \u00A0x\u200By Ⓢ \U0001D57E");

        Assert.Equal("STOP FI S \"Q\" ' - ...  XY S S", folded);
    }

    [Theory]
    [InlineData("\u2039STOP\u203A", "'STOP'")]
    [InlineData("OPT\u2022OUT", "OPT-OUT")]
    [InlineData("OPT\u00B7OUT", "OPT-OUT")]
    public void Fold_CharactersTheGsm7AdviceReplaces_FoldTheSameWay(string text, string expected)
    {
        Assert.Equal(expected, CompatibilityFolding.FoldPlain(text));
    }

    [Fact]
    public void Fold_EveryTypographicOrLookAlikeStandIn_IsWhatKeywordMatchingReads()
    {
        for (var codePoint = 1; codePoint <= 0xFFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF || Gsm7Substitutions.Find(codePoint) is not { } substitution)
            {
                continue;
            }

            var folded = CompatibilityFolding.FoldPlain("a" + (char)codePoint + "a");
            if (substitution.FoldsForMatching)
            {
                Assert.Equal($"A{substitution.Replacement.ToUpperInvariant()}A", folded);
            }
            else
            {
                Assert.Equal($"A{char.ToUpperInvariant((char)codePoint)}A", folded);
            }
        }
    }

    [Fact]
    public void Fold_UnpairedSurrogate_DoesNotThrow()
    {
        var folded = CompatibilityFolding.Fold("a\uD800b\uDC00");

        Assert.Equal(4, folded.Text.Length);
    }
}
