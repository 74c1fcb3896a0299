namespace CxoneApprove.Compliance;

/// <summary>How an SMS is encoded on the air.</summary>
internal enum SmsEncoding
{
    /// <summary>The GSM 7-bit default alphabet: 160 septets in one part, 153 a part beyond that.</summary>
    Gsm7,

    /// <summary>UCS-2 (UTF-16 in practice): 70 code units in one part, 67 a part beyond that.</summary>
    Ucs2,
}
