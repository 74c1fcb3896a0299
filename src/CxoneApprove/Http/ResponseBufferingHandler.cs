namespace CxoneApprove.Http;

/// <summary>
/// Reads each response body inside the attempt, bounded: a server that sends headers and then stalls is cut off by
/// the per-attempt timeout (and retried where safe) instead of hanging the run, and a body over the cap is refused
/// at once with <see cref="ResponseTooLargeException"/> (exit 8, never retried).
/// </summary>
internal sealed class ResponseBufferingHandler : DelegatingHandler
{
    private readonly HttpSettings _settings;

    public ResponseBufferingHandler(HttpSettings settings) => _settings = settings;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.TryGetValue(RequestTags.Attempts, out var attempts);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch
        {
            // Sent, perhaps received and acted on, never answered.
            attempts?.MarkAnswerLost();
            throw;
        }

        if ((int)response.StatusCode is 500 or 502 or 504)
        {
            attempts?.MarkAnswerLost();
        }

        try
        {
            return await BufferAsync(response, cancellationToken);
        }
        catch (Exception ex) when (ex is not ResponseTooLargeException)
        {
            attempts?.MarkAnswerLost();
            throw;
        }
    }

    private async Task<HttpResponseMessage> BufferAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var limit = _settings.MaxResponseBytes;
        var original = response.Content;
        if (original.Headers.ContentLength is { } length && length > limit)
        {
            response.Dispose();
            throw new ResponseTooLargeException($"its body of {length} bytes is over the {limit}-byte limit");
        }

        byte[] body;
        try
        {
            await using var stream = await original.ReadAsStreamAsync(cancellationToken);
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new ResponseTooLargeException($"its body is over the {limit}-byte limit");
                }

                buffer.Write(chunk, 0, read);
            }

            body = buffer.ToArray();
        }
        catch
        {
            response.Dispose();
            throw;
        }

        var buffered = new ByteArrayContent(body);
        foreach (var header in original.Headers)
        {
            buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        original.Dispose();
        response.Content = buffered;
        return response;
    }
}

/// <summary>The server's answer was larger than the tool accepts (exit 8).</summary>
internal sealed class ResponseTooLargeException : Exception
{
    public ResponseTooLargeException() { }

    public ResponseTooLargeException(string message) : base(message) { }

    public ResponseTooLargeException(string message, Exception inner) : base(message, inner) { }
}
