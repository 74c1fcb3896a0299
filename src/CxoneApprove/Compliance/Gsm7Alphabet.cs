using System.Buffers;

namespace CxoneApprove.Compliance;

/// <summary>
/// The GSM 7-bit default alphabet of 3GPP TS 23.038 (GSM 03.38): the basic table, one septet a
/// character, and its extension table, reached through the escape septet 0x1B and so two septets
/// a character.
/// </summary>
internal static class Gsm7Alphabet
{
    /// <summary>
    /// The basic table in code order, 0x00 to 0x7F, without 0x1B (the escape to the extension table).
    /// Position 0x09 is the capital <c>Ç</c> (the small one is not in the table); the Greek capitals
    /// are written as escapes so that no Latin look-alike can creep in.
    /// </summary>
    public const string BasicCharacters =
        "@£$¥èéùìòÇ\nØø\rÅå" +                                                   // 0x00
        "\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039EÆæßÉ" +    // 0x10 (0x1B is the escape)
        " !\"#¤%&'()*+,-./" +                                                     // 0x20
        "0123456789:;<=>?" +                                                      // 0x30
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§" +                                      // 0x40
        "¿abcdefghijklmnopqrstuvwxyzäöñüà";                                       // 0x60

    /// <summary>
    /// The extension table: form feed (0x0A), <c>^</c> (0x14), <c>{ }</c> (0x28, 0x29), <c>\</c> (0x2F),
    /// <c>[ ~ ]</c> (0x3C–0x3E), <c>|</c> (0x40) and <c>€</c> (0x65).
    /// </summary>
    public const string ExtensionCharacters = "\f^{}\\[~]|€";

    private static readonly SearchValues<char> Basic = SearchValues.Create(BasicCharacters);
    private static readonly SearchValues<char> Extension = SearchValues.Create(ExtensionCharacters);
    private static readonly SearchValues<char> All = SearchValues.Create(BasicCharacters + ExtensionCharacters);

    /// <summary>Whether <paramref name="c"/> is in the basic table (one septet).</summary>
    public static bool IsBasic(char c) => Basic.Contains(c);

    /// <summary>Whether <paramref name="c"/> is in the extension table (two septets).</summary>
    public static bool IsExtension(char c) => Extension.Contains(c);

    /// <summary>Whether <paramref name="c"/> can be sent in GSM-7 at all.</summary>
    public static bool Contains(char c) => All.Contains(c);

    /// <summary>Septets <paramref name="c"/> costs in GSM-7: 1, 2 for the extension table, 0 when it cannot be sent.</summary>
    public static int Septets(char c) => IsBasic(c) ? 1 : IsExtension(c) ? 2 : 0;
}
