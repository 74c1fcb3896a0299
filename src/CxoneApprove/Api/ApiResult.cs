using System.Diagnostics.CodeAnalysis;

namespace CxoneApprove.Api;

/// <summary>A call's outcome as a value: the typed body, or the error; with its status and attempts.</summary>
internal sealed record ApiResult<T>(T? Value, ApiError? Error, int? HttpStatus, int Attempts, string? ETag = null)
{
    /// <summary>
    /// Whether an attempt was sent and never answered (a timeout, a dropped connection, a 5xx from a gateway), so a
    /// write may have taken effect on the server without the client learning it.
    /// </summary>
    public bool AnswerLost { get; init; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;
}
