namespace CxoneApprove.Compliance;

/// <summary>
/// How one language writes a keyword instruction: the verbs before the keyword ("Reply STOP"), the
/// purposes after it ("STOP to opt out"), and, for telling an opt-out from a keyword offered for something
/// else, the things a reply may be about. Every word is written as <see cref="LatinLetters.Key"/> gives it.
/// </summary>
/// <param name="Language">The language.</param>
internal sealed record InstructionLanguage(Language Language)
{
    /// <summary>Verbs that take the keyword: REPLY, RESPONDE, RÉPONDEZ.</summary>
    public IReadOnlyList<string> Verbs { get; init; } = [];

    /// <summary>Words that may stand between the verb and the keyword: "Reply back with the word STOP".</summary>
    public IReadOnlyList<string> Fillers { get; init; } = [];

    /// <summary>The word that introduces a purpose after the keyword: TO, PARA, POUR.</summary>
    public IReadOnlyList<string> Connectors { get; init; } = [];

    /// <summary>Purposes after the connector, each a phrase of words: ["OPT", "OUT"].</summary>
    public IReadOnlyList<string[]> Purposes { get; init; } = [];

    /// <summary>Keywords this language adds to the shared ones: ALTO, ARRÊT.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Words before a short code after the keyword: "STOP au 36111", "ALTO al 12345".</summary>
    public IReadOnlyList<string> NumberConnectors { get; init; } = [];

    /// <summary>Things a reply may be meant to change other than the messages: an appointment, an order.</summary>
    public IReadOnlyList<string> OtherObjects { get; init; } = [];

    /// <summary>Words for the messages themselves: texts, alerts, reminders.</summary>
    public IReadOnlyList<string> MessageObjects { get; init; } = [];

    /// <summary>The instruction to suggest, with <c>{0}</c> for the keyword: <c>Reply {0} to opt out</c>.</summary>
    public string Example { get; init; } = "{0}";

    /// <summary>The purpose as a person would write it after a keyword: <c>to opt out</c>.</summary>
    public string PurposeExample { get; init; } = string.Empty;

    /// <summary>A few of the verbs as a person would write them: <c>reply/text/send</c>.</summary>
    public string VerbExamples { get; init; } = string.Empty;
}
