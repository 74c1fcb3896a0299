using System.Text.Json;
using CxoneApprove.Http;

namespace CxoneApprove.Api;

/// <summary>
/// Sends one logical call through the pipeline and turns whatever happens into an <see cref="ApiResult{T}"/>:
/// the one place where responses, statuses and exceptions become values.
/// </summary>
internal sealed class ApiCaller
{
    private readonly ResponseReader _reader;
    private readonly bool _verbose;

    /// <summary>A caller; under <paramref name="verbose"/> its hints leave out the advice to run with --verbose.</summary>
    public ApiCaller(ResponseReader reader, bool verbose = false)
    {
        _reader = reader;
        _verbose = verbose;
    }

    /// <summary>
    /// Sends <paramref name="request"/>; on a 2xx hands the response to <paramref name="onSuccess"/>. Cancellation
    /// of <paramref name="cancellationToken"/> propagates as <see cref="OperationCanceledException"/>.
    /// </summary>
    public async Task<ApiResult<T>> SendAsync<T>(HttpClient http, HttpRequestMessage request, Endpoint endpoint,
        Func<HttpResponseMessage, CancellationToken, Task<T>> onSuccess, CancellationToken cancellationToken)
    {
        var result = await SendCoreAsync(http, request, endpoint, onSuccess, cancellationToken);
        return _verbose && result.Error is { } error ? result with { Error = ErrorCatalog.ForVerbose(error) } : result;
    }

    private async Task<ApiResult<T>> SendCoreAsync<T>(HttpClient http, HttpRequestMessage request, Endpoint endpoint,
        Func<HttpResponseMessage, CancellationToken, Task<T>> onSuccess, CancellationToken cancellationToken)
    {
        var attempts = new AttemptCounter();
        request.Options.Set(RequestTags.Attempts, attempts);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            var host = (request.RequestUri is { IsAbsoluteUri: true } uri ? uri : http.BaseAddress)?.Authority ?? "the server";
            return new ApiResult<T>(default, ErrorCatalog.FromException(endpoint, ex, Math.Max(0, attempts.Count - 1), host), null, attempts.Count)
            {
                AnswerLost = attempts.AnswerLost,
            };
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var etag = response.Headers.ETag?.ToString();
            if (response.IsSuccessStatusCode)
            {
                try
                {
                    var value = await onSuccess(response, cancellationToken);
                    return new ApiResult<T>(value, null, status, attempts.Count, etag) { AnswerLost = attempts.AnswerLost };
                }
                catch (ApiException ex)
                {
                    return new ApiResult<T>(default, ex.Error, status, attempts.Count, etag) { AnswerLost = attempts.AnswerLost };
                }
            }

            var raw = await _reader.ReadTextForErrorAsync(response, cancellationToken);
            ErrorBody? body = null;
            if (ResponseReader.IsJson(response.Content.Headers.ContentType) || raw.TrimStart().StartsWith('{'))
            {
                try
                {
                    body = JsonSerializer.Deserialize(raw, ApiJsonContext.Default.ErrorBody);
                }
                catch (JsonException)
                {
                    // Shown as it is instead.
                }
            }

            var retries = Math.Max(0, attempts.Count - 1);
            var error = ErrorCatalog.FromStatus(endpoint, status, body, raw, ResponseReader.CorrelationId(response), retries);
            return new ApiResult<T>(default, error, status, attempts.Count, etag) { AnswerLost = attempts.AnswerLost };
        }
    }
}
