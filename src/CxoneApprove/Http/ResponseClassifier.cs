using Polly.Timeout;

namespace CxoneApprove.Http;

/// <summary>What an HTTP status means for the client, decided in one place for the retry policy and the error table.</summary>
internal enum ResponseClass
{
    /// <summary>2xx.</summary>
    Success,

    /// <summary>400: the request broke a rule of the server's.</summary>
    Refused,

    /// <summary>401: the token was not accepted.</summary>
    Unauthorized,

    /// <summary>403: the token lacks a scope.</summary>
    Forbidden,

    /// <summary>404.</summary>
    NotFound,

    /// <summary>409: approved, locked or changed by someone else.</summary>
    Conflict,

    /// <summary>422: the server understood the request and will not do it (e.g. an idempotency key reused).</summary>
    Unprocessable,

    /// <summary>429.</summary>
    Throttled,

    /// <summary>408 and the 5xx statuses worth another attempt: 500, 502, 503, 504.</summary>
    ServerTrouble,

    /// <summary>Anything else.</summary>
    Unexpected,
}

/// <summary>Classifies answers and failures: the single source of what is transient.</summary>
internal static class ResponseClassifier
{
    /// <summary>The class of <paramref name="status"/>.</summary>
    public static ResponseClass Classify(int status) => status switch
    {
        >= 200 and < 300 => ResponseClass.Success,
        400 => ResponseClass.Refused,
        401 => ResponseClass.Unauthorized,
        403 => ResponseClass.Forbidden,
        404 => ResponseClass.NotFound,
        409 => ResponseClass.Conflict,
        422 => ResponseClass.Unprocessable,
        429 => ResponseClass.Throttled,
        408 or 500 or 502 or 503 or 504 => ResponseClass.ServerTrouble,
        _ => ResponseClass.Unexpected,
    };

    /// <summary>Whether an answer with <paramref name="status"/> may succeed when asked again.</summary>
    public static bool IsTransient(int status) => Classify(status) is ResponseClass.Throttled or ResponseClass.ServerTrouble;

    /// <summary>
    /// Whether a call that failed with <paramref name="exception"/> (no answer) may succeed when tried again: timeouts and
    /// dropped or refused connections may; a host name that does not resolve or a TLS handshake that fails will not.
    /// </summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        TimeoutRejectedException => true,
        HttpRequestException http => !IsPermanent(http),
        _ => false,
    };

    /// <summary>A failure no retry can fix: the host does not resolve, or TLS cannot be established with it.</summary>
    public static bool IsPermanent(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError;
}
