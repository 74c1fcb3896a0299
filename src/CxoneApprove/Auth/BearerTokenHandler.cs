using System.Net;
using System.Net.Http.Headers;
using CxoneApprove.Http;

namespace CxoneApprove.Auth;

/// <summary>
/// Adds the run's bearer token to each request; on a 401 it forces one refresh and replays the request
/// once. A second 401 goes back to the caller (exit 4 with a hint).
/// </summary>
internal sealed class BearerTokenHandler : DelegatingHandler
{
    private readonly TokenProvider _tokens;

    public BearerTokenHandler(TokenProvider tokens) => _tokens = tokens;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(RequestTags.Anonymous, out var anonymous) && anonymous)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var lease = await _tokens.GetAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", lease.Token.Value);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        var fresh = await _tokens.RefreshAsync(lease.Token, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh.Token.Value);
        return await base.SendAsync(request, cancellationToken);
    }
}
