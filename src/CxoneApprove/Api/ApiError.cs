namespace CxoneApprove.Api;

/// <summary>Why a call failed, in the terms the CLI reports: what an operator can do about it.</summary>
internal enum ErrorCategory
{
    /// <summary>The server refused the content (400): exit 3.</summary>
    Validation,
    /// <summary>OAuth refused, 401 after a refresh, or 403: exit 4.</summary>
    Auth,
    /// <summary>404: exit 5.</summary>
    NotFound,
    /// <summary>409 that could not be resolved: exit 6.</summary>
    Conflict,
    /// <summary>429, 5xx, timeout or network failure that outlasted the retries: exit 7.</summary>
    Transient,
    /// <summary>An answer that could not be understood: exit 8.</summary>
    BadResponse,
    /// <summary>Ctrl+C or SIGTERM: exit 130.</summary>
    Cancelled,
    /// <summary>A bug in the tool: exit 1.</summary>
    Internal,
    /// <summary>A local file the run needs (the journal, a report) could not be written: exit 2.</summary>
    LocalOutput,
}

/// <summary>
/// A failed call as a value: status, category (→ exit code), the server's own words, a correlation id
/// and what to do about it. Never holds a secret: messages are built from status lines, server error
/// codes and redacted bodies.
/// </summary>
internal sealed record ApiError(
    ErrorCategory Category,
    string Message,
    string Hint,
    int? HttpStatus = null,
    string? ServerCode = null,
    string? CorrelationId = null)
{
    /// <summary>
    /// A POST repeated an Idempotency-Key with another body and the server refused it (422, as Stripe and the IETF
    /// Idempotency-Key draft answer): the server already holds what the first request under that key created.
    /// </summary>
    public bool IsIdempotencyKeyReused => HttpStatus == 422 && ServerCode == "idempotency_key_reused";
}

/// <summary>Thrown by the client for a failed call; the workflow turns it back into a value.</summary>
internal sealed class ApiException : Exception
{
    public ApiException(ApiError error) : base(error.Message) => Error = error;

    public ApiException(ApiError error, Exception inner) : base(error.Message, inner) => Error = error;

    public ApiException() : this(new ApiError(ErrorCategory.BadResponse, "unknown error", "")) { }

    public ApiException(string message) : this(new ApiError(ErrorCategory.BadResponse, message, "")) { }

    public ApiException(string message, Exception inner) : this(new ApiError(ErrorCategory.BadResponse, message, ""), inner) { }

    public ApiError Error { get; }
}
