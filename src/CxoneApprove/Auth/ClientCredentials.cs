namespace CxoneApprove.Auth;

/// <summary>The OAuth client-credentials grant's inputs. <see cref="ToString"/> never shows the secret.</summary>
internal sealed record ClientCredentials(string ClientId, string ClientSecret, string Scopes)
{
    public override string ToString() => $"ClientCredentials {{ ClientId = {ClientId}, ClientSecret = ***, Scopes = {Scopes} }}";
}

/// <summary>An access token and when the tool stops trusting it.</summary>
internal sealed record AccessToken(string Value, DateTimeOffset RefreshAt, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"AccessToken {{ Value = ***, RefreshAt = {RefreshAt:O}, ExpiresAt = {ExpiresAt:O} }}";
}

/// <summary>How a token was had: from the cache (0 attempts) or from the token endpoint.</summary>
internal sealed record TokenLease(AccessToken Token, int Attempts, int? HttpStatus);
