using System.Diagnostics.CodeAnalysis;

namespace CxoneApprove.Api;

/// <summary>A call's outcome as a value: the typed body, or the error; with its status and attempts.</summary>
internal sealed record ApiResult<T>(T? Value, ApiError? Error, int? HttpStatus, int Attempts, string? ETag = null)
{
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;
}
