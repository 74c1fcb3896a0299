namespace CxoneApprove.Sandbox.Wire;

/// <summary>
/// What <c>GET /_sandbox/stats</c> answers: every request, those to the sign-in endpoints, answers by status (ascending),
/// the 429s among them, and connections closed by faults (not answered, so not in <paramref name="ByStatus"/>).
/// </summary>
internal sealed record StatsBody(
    long Requests,
    long TokenRequests,
    IReadOnlyDictionary<string, long> ByStatus,
    long TooManyRequests,
    long Dropped,
    long AnswersLost);
