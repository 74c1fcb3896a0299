using System.Globalization;

namespace CxoneApprove.Sandbox.Faults;

/// <summary>What a fault does to one request it picks: answer a status, or break the connection before or after handling it.</summary>
/// <remarks>An <see cref="int"/> converts to <see cref="Answer"/> of that status, so <c>[503, 429]</c> is a list of outcomes.</remarks>
public readonly record struct FaultOutcome
{
    private FaultOutcome(FaultOutcomeKind kind, int status)
    {
        Kind = kind;
        Status = status;
    }

    /// <summary>The connection is closed before the request is handled: nothing happens on the server.</summary>
    public static FaultOutcome Drop { get; } = new(FaultOutcomeKind.Drop, 0);

    /// <summary>The request is handled (it takes effect), then the connection is closed instead of answering.</summary>
    public static FaultOutcome LoseAnswer { get; } = new(FaultOutcomeKind.LoseAnswer, 0);

    /// <summary>What kind of outcome this is.</summary>
    public FaultOutcomeKind Kind { get; }

    /// <summary>The status answered, for <see cref="FaultOutcomeKind.Answer"/>; 0 otherwise.</summary>
    public int Status { get; }

    /// <summary>An answer with <paramref name="status"/> (checked by <see cref="FaultRule"/>: 100-599).</summary>
    public static FaultOutcome Answer(int status) => new(FaultOutcomeKind.Answer, status);

    /// <summary>An answer with this status.</summary>
    public static implicit operator FaultOutcome(int status) => Answer(status);

    /// <summary>The spec word: the status number, <c>drop</c> or <c>lose</c>.</summary>
    public override string ToString() => Kind switch
    {
        FaultOutcomeKind.Drop => FaultSpec.DropWord,
        FaultOutcomeKind.LoseAnswer => FaultSpec.LoseWord,
        _ => Status.ToString(CultureInfo.InvariantCulture),
    };
}
