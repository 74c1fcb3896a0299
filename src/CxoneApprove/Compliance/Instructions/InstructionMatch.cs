namespace CxoneApprove.Compliance;

/// <summary>A keyword instruction found in a text, as word indices of a <see cref="ScannedText"/>.</summary>
/// <param name="Keyword">The keyword as the vocabulary writes it (folded, upper case): <c>STOP</c>, <c>ARRÊT</c>.</param>
/// <param name="First">Index of its first word (the verb, or the keyword).</param>
/// <param name="Last">Index of its last word (the end of the purpose, or the keyword).</param>
/// <param name="Language">The language whose wording it is.</param>
/// <param name="OtherObject">
/// What the keyword is offered for when that is not the messages ("appointment" in "Reply CANCEL to cancel
/// your appointment"), as written; <see langword="null"/> for a real instruction.
/// </param>
internal sealed record InstructionMatch(string Keyword, int First, int Last, Language Language, string? OtherObject);
