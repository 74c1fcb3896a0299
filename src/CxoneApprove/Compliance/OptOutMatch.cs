namespace CxoneApprove.Compliance;

/// <summary>An opt-out instruction (or, for a near miss, a bare keyword) found in the content.</summary>
/// <param name="Keyword">The keyword as the detector knows it, e.g. <c>STOP</c> or <c>OPT OUT</c>.</param>
/// <param name="Text">The matched text as the author wrote it, e.g. <c>Reply STOP to opt out</c>.</param>
/// <param name="Index">UTF-16 index of <paramref name="Text"/> in the content.</param>
internal sealed record OptOutMatch(string Keyword, string Text, int Index)
{
    /// <summary>The language whose wording it is.</summary>
    public Language Language { get; init; }

    /// <summary>
    /// What the keyword is offered for instead of stopping the messages (an appointment, an order), as
    /// written; <see langword="null"/> for an opt-out.
    /// </summary>
    public string? OtherObject { get; init; }
}
