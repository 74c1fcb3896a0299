namespace CxoneApprove.Compliance;

/// <summary>Codes of the warnings the validator gives beside its violations.</summary>
internal static class WarningCodes
{
    /// <summary>A character outside GSM-7 makes the message UCS-2 (70 units a part, not 160).</summary>
    public const string NonGsmCharacter = "non_gsm_character";

    /// <summary>Placeholders were counted as written, so the real length depends on their values.</summary>
    public const string PlaceholderLength = "placeholder_length";
}
