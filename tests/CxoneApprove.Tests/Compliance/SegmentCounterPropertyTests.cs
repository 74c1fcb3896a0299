using CsCheck;
using CxoneApprove.Compliance;

namespace CxoneApprove.Tests.Compliance;

/// <summary>Properties of <see cref="SegmentCounter"/> on random text.</summary>
public sealed class SegmentCounterPropertyTests
{
    private const long Iterations = 3_000;

    private static readonly string TableCharacters = Gsm7Alphabet.BasicCharacters + Gsm7Alphabet.ExtensionCharacters;

    // Pieces that stress the counting: both tables, look-alikes outside them, surrogate pairs,
    // graphemes of several code points (skin tone, ZWJ family, flag, combining mark, CRLF) and
    // an unpaired surrogate.
    private static readonly string[] Pieces =
    [
        "a", "Z", "0", " ", "@", "Ç", "\u0394", "\r", "\n",
        "€", "]", "{", "\\", "^", "\f",
        "ç", "’", "–", "…", "\u00A0", "`", "\u03B4", "\t", "中",
        "😀", "👍", "🏽", "\u200D", "👨", "🇫", "🇷", "\u0301", "\uD83D",
    ];

    private static readonly Gen<string> GsmText =
        Gen.Char[TableCharacters].Array[0, 500].Select(chars => new string(chars));

    private static readonly Gen<string> Piece = Gen.OneOf(Pieces);

    private static readonly Gen<string> MixedText = Piece.Array[0, 300].Select(string.Concat);

    private static readonly Gen<string> RawText = Gen.Char.Array[0, 300].Select(chars => new string(chars));

    [Fact]
    public void Measure_TextOfTableCharacters_IsNeverUcs2()
    {
        GsmText.Sample(
            text =>
            {
                var measured = SegmentCounter.Measure(text, placeholderWidth: null);
                Assert.Equal(SmsEncoding.Gsm7, measured.Encoding);
                Assert.Equal(text.Sum(Gsm7Alphabet.Septets), measured.Units);
                Assert.Empty(measured.NonGsmCharacters);
            },
            iter: Iterations);
    }

    [Fact]
    public void Measure_AppendingAPiece_NeverLowersPartsNorUnitsOfTheSameEncoding()
    {
        Gen.Select(MixedText, Piece).Sample(
            (text, piece) => AssertAppendingNeverLowers(text, piece),
            iter: Iterations);
    }

    [Fact]
    public void Measure_AppendingAnyUtf16Unit_NeverLowersPartsNorUnitsOfTheSameEncoding()
    {
        Gen.Select(RawText, Gen.Char).Sample(
            (text, c) => AssertAppendingNeverLowers(text, c.ToString()),
            iter: Iterations);
    }

    [Fact]
    public void Measure_AppendingToGsmText_NeverLowersParts()
    {
        Gen.Select(GsmText, Piece).Sample(
            (text, piece) => AssertAppendingNeverLowers(text, piece),
            iter: Iterations);
    }

    [Fact]
    public void Measure_NonEmptyText_IsOnePartExactlyWhenUnitsFitTheSinglePartLimit()
    {
        Gen.OneOf(MixedText, GsmText, RawText).Sample(
            text =>
            {
                var measured = SegmentCounter.Measure(text, placeholderWidth: null);
                if (text.Length == 0)
                {
                    Assert.Equal((0, 0), (measured.Units, measured.Segments));
                    return;
                }

                var fits = measured.Units <= SegmentCounter.SinglePartLimit(measured.Encoding);
                Assert.Equal(fits, measured.Segments == 1);
            },
            iter: Iterations);
    }

    [Fact]
    public void Measure_MultiPartText_NeedsAtLeastUnitsOverPartCapacity()
    {
        Gen.OneOf(MixedText, GsmText).Sample(
            text =>
            {
                var measured = SegmentCounter.Measure(text, placeholderWidth: null);
                var capacity = SegmentCounter.PartCapacity(measured.Encoding);
                if (measured.Segments > 1)
                {
                    Assert.True(measured.Segments >= (measured.Units + capacity - 1) / capacity);
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Validate_AnyText_NeverThrowsAndIsValidExactlyWithoutViolations()
    {
        Gen.Select(Gen.OneOf(MixedText, RawText), Gen.OneOf(RawText, Gen.Const("12345"))).Sample(
            (content, from) =>
            {
                var options = ComplianceOptions.Default with
                {
                    MaxSegments = 3,
                    AllowedSenders = SenderKinds.ShortCode | SenderKinds.LongCode | SenderKinds.TollFree,
                };
                var report = TemplateValidator.Validate(content, from, options);
                Assert.Equal(report.Violations.Count == 0, report.Valid);
                Assert.Contains(report.Encoding, new[] { "GSM-7", "UCS-2" });
                Assert.All(report.Violations, v => Assert.False(string.IsNullOrWhiteSpace(v.Message)));
                Assert.All(report.Warnings, w => Assert.DoesNotContain('\n', w.Message));
            },
            iter: Iterations);
    }

    private static void AssertAppendingNeverLowers(string text, string appended)
    {
        var before = SegmentCounter.Measure(text, placeholderWidth: null);
        var after = SegmentCounter.Measure(text + appended, placeholderWidth: null);

        Assert.True(after.Segments >= before.Segments, $"parts fell from {before.Segments} to {after.Segments}");
        if (after.Encoding == before.Encoding)
        {
            Assert.True(after.Units >= before.Units, $"units fell from {before.Units} to {after.Units}");
        }
    }
}
