namespace CxoneApprove.Compliance;

/// <summary>What a text costs as an SMS.</summary>
/// <param name="Encoding">GSM-7 when every character is in the GSM 03.38 tables, otherwise UCS-2.</param>
/// <param name="Units">Septets for GSM-7 (an extension character counts 2), UTF-16 code units for UCS-2.</param>
/// <param name="Segments">SMS parts needed; 0 for empty content.</param>
/// <param name="NonGsmCharacters">Every character that forced UCS-2, in order; empty for GSM-7.</param>
internal sealed record SmsMeasurement(
    SmsEncoding Encoding,
    int Units,
    int Segments,
    IReadOnlyList<NonGsmCharacter> NonGsmCharacters)
{
    /// <summary>UTF-16 index of the content where each part starts: <c>[0]</c> for one part, empty for empty content.</summary>
    public IReadOnlyList<int> PartStarts { get; init; } = [];

    /// <summary>UTF-16 index of the first character that does not fit in one part; <see langword="null"/> when everything fits.</summary>
    public int? SinglePartOverflow { get; init; }

    /// <summary>
    /// UTF-16 index of the first character beyond <paramref name="maxParts"/> parts, where a message allowed
    /// that many has to be cut; <see langword="null"/> when it fits.
    /// </summary>
    public int? OverflowIndex(int maxParts) => Segments <= maxParts ? null
        : maxParts <= 1 ? SinglePartOverflow
        : maxParts < PartStarts.Count ? PartStarts[maxParts] : null;

    /// <summary>The encoding as the JSON document names it: <c>GSM-7</c> or <c>UCS-2</c>.</summary>
    public string EncodingName => Encoding == SmsEncoding.Gsm7 ? "GSM-7" : "UCS-2";

    /// <summary>What <see cref="Units"/> counts, for messages: <c>septets</c> or <c>units</c>.</summary>
    public string UnitName => Encoding == SmsEncoding.Gsm7 ? "septets" : "units";
}
