namespace CxoneApprove.Sandbox.Faults;

/// <summary>The kinds of <see cref="FaultOutcome"/>.</summary>
public enum FaultOutcomeKind
{
    /// <summary>Answer an HTTP status (a 2xx without a body lets the request through instead).</summary>
    Answer,

    /// <summary>Close the connection before the request is handled.</summary>
    Drop,

    /// <summary>Handle the request, then close the connection instead of answering.</summary>
    LoseAnswer,
}
