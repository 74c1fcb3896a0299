using System.Net.Sockets;
using CxoneApprove.Http;
using Polly.Timeout;

namespace CxoneApprove.Api;

/// <summary>
/// The one table from a failed answer to what the user is told: status → category → exit code → hint.
/// Each hint says what the operator can do about the failure.
/// </summary>
internal static class ErrorCatalog
{
    /// <summary>The last sentence of a hint that --verbose would help; dropped from hints under --verbose (see <see cref="ForVerbose"/>).</summary>
    public const string SeeTheExchange = "Run with --verbose to see the exchange.";

    /// <summary>The error as a run under --verbose reports it: without the advice to run with --verbose.</summary>
    public static ApiError ForVerbose(ApiError error) => error with { Hint = error.Hint.Replace(SeeTheExchange, "", StringComparison.Ordinal).TrimEnd() };

    /// <summary>The error for an HTTP answer that was not a success.</summary>
    public static ApiError FromStatus(Endpoint endpoint, int status, ErrorBody? body, string rawBody, string? correlationId, int retries)
    {
        var serverCode = body?.Error;
        var serverMessage = FirstNonEmpty(body?.Message, body?.ErrorDescription, body is null ? Shorten(rawBody) : null);
        var what = endpoint.ToString();
        var said = serverMessage is null ? "" : $": {serverMessage}";

        if (endpoint.IsTokenRequest && status is 400 or 401 or 403)
        {
            return new ApiError(ErrorCategory.Auth,
                $"OAuth refused the token request ({status}{(serverCode is null ? "" : " " + serverCode)}){said}",
                OAuthHint(serverCode), status, serverCode, correlationId);
        }

        return ResponseClassifier.Classify(status) switch
        {
            ResponseClass.Refused => new ApiError(ErrorCategory.Validation, $"{what} was refused as invalid (400){said}",
                "The server's own compliance check refused the template (length, from_address, opt-out language). "
                + "Fix the content as the message says, and run `cxone-approve validate` before approving.",
                status, serverCode, correlationId),
            ResponseClass.Unauthorized => new ApiError(ErrorCategory.Auth, $"{what} was refused (401) even with a freshly fetched token{said}",
                "The token is not accepted: the client may have been disabled or its secret rotated. Check the client id "
                + "and secret against the CXone Admin Console registration.",
                status, serverCode, correlationId),
            ResponseClass.Forbidden => new ApiError(ErrorCategory.Auth, $"{what} was forbidden (403){said}",
                $"The token lacks the scope {endpoint.RequiredScopes} that {what} needs. Grant it to the OAuth "
                + $"client in the CXone Admin Console (the tool asks for: {Endpoint.AllScopes}).",
                status, serverCode, correlationId),
            ResponseClass.NotFound => new ApiError(ErrorCategory.NotFound, $"{what} found nothing (404){said}",
                "The template does not exist in this organization: check the id, --org and --base-url.",
                status, serverCode, correlationId),
            ResponseClass.Conflict => new ApiError(ErrorCategory.Conflict, $"{what} conflicted (409){said}",
                "Another process holds or changed the template. The tool re-fetched it and compared meta.updated_at; "
                + "wait for the other workflow to finish, then run again.",
                status, serverCode, correlationId),
            ResponseClass.Throttled => new ApiError(ErrorCategory.Transient, $"{what} was still rate limited (429) after {retries} retries{said}",
                "CXone limits requests per organization and per endpoint. Lower --concurrency or --rate-limit, raise "
                + "--max-retries, or run again later.",
                status, serverCode, correlationId),
            ResponseClass.ServerTrouble => new ApiError(ErrorCategory.Transient,
                $"{what} failed with {status} after {retries} retries{said}",
                "The server is having trouble. Run again later; if it persists, report it to NICE support with the "
                + "correlation id. " + SeeTheExchange,
                status, serverCode, correlationId),
            _ => new ApiError(ErrorCategory.BadResponse, $"{what} answered with an unexpected status {status}{said}",
                "The tool does not know this answer: check --base-url. " + SeeTheExchange,
                status, serverCode, correlationId),
        };
    }

    /// <summary>The error for a call to <paramref name="host"/> that got no answer: timeout, connection failure, cancellation.</summary>
    public static ApiError FromException(Endpoint endpoint, Exception exception, int retries, string host)
    {
        var what = endpoint.ToString();
        const string CheckHost = "Check --base-url / --org, DNS, proxies and firewalls between you and CXone.";
        return exception switch
        {
            ApiException api => api.Error,
            ResponseTooLargeException tooLarge => new ApiError(ErrorCategory.BadResponse, $"{what} answered, but {tooLarge.Message}",
                "The answer could not be understood. Check --base-url points at the CXone API. " + SeeTheExchange),
            TimeoutRejectedException => new ApiError(ErrorCategory.Transient,
                $"{what} to {host} timed out on every attempt ({retries} retries)",
                "The server did not answer in time. Check the network and --base-url, or run again later."),
            HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => new ApiError(ErrorCategory.Transient,
                $"{what} was not sent: the host name {host} does not resolve",
                "Check --org (the API is https://{org}.nicecxone.com) or --base-url for a typo; not retried, since asking again would not help."),
            HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } http => new ApiError(ErrorCategory.Transient,
                $"{what} was not sent: a secure (TLS) connection with {host} could not be made ({FirstSentence(http.InnerException?.Message ?? http.Message)})",
                "Check --base-url / --org; an intercepting proxy or a certificate the machine does not trust (SSL_CERT_FILE) also causes this. Not retried."),
            HttpRequestException { InnerException: SocketException socket } => new ApiError(ErrorCategory.Transient,
                $"{what} could not connect to {host} ({Words(socket.SocketErrorCode.ToString())}) after {retries} retries",
                CheckHost),
            HttpRequestException http => new ApiError(ErrorCategory.Transient,
                $"{what} to {host} failed at the network level after {retries} retries: {FirstSentence(http.Message)}",
                CheckHost),
            OperationCanceledException => new ApiError(ErrorCategory.Cancelled, $"{what} was cancelled", ""),
            _ => new ApiError(ErrorCategory.BadResponse, $"{what} failed: {FirstSentence(exception.Message)}",
                SeeTheExchange),
        };
    }

    // "ConnectionRefused" → "connection refused".
    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string FirstSentence(string text)
    {
        text = text.ReplaceLineEndings(" ").Trim();
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).TrimEnd('.');
    }

    private static string OAuthHint(string? code) => code switch
    {
        "invalid_client" => "The client id or secret is wrong: compare --client-id / CXONE_CLIENT_ID and the secret "
            + "(--client-secret-file / CXONE_CLIENT_SECRET) with the CXone Admin Console registration.",
        "invalid_scope" => $"The client may not ask for some of the scopes ({Endpoint.AllScopes}): grant them to the "
            + "client in the CXone Admin Console.",
        "invalid_grant" => "The CXone sign-in refused the access key: compare --access-key-id / CXONE_ACCESS_KEY_ID and its "
            + "secret (--access-key-secret-file / CXONE_ACCESS_KEY_SECRET) with the access key issued in CXone.",
        "unauthorized_client" or "unsupported_grant_type" => "This OAuth client may not use the client-credentials grant: "
            + "enable it in the CXone Admin Console.",
        _ => "Check the client id and secret against the CXone Admin Console registration.",
    };

    private static string? FirstNonEmpty(params string?[] values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static string? Shorten(string raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        raw = raw.ReplaceLineEndings(" ").Trim();
        return raw.Length <= 300 ? raw : string.Concat(raw.AsSpan(0, 300), "…");
    }
}
