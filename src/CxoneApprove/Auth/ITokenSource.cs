namespace CxoneApprove.Auth;

/// <summary>A token as the sign-in issued it; <see cref="Scope"/> is what the server says it granted, when it says.</summary>
internal sealed record IssuedToken(string Value, TimeSpan Lifetime, int Attempts, int? HttpStatus, string? Scope = null)
{
    /// <summary>The server's clock when it answered (its Date header), to tell clock skew.</summary>
    public DateTimeOffset? ServerTime { get; init; }

    public override string ToString() => $"IssuedToken {{ Value = ***, Lifetime = {Lifetime}, Scope = {Scope} }}";
}

/// <summary>Where new access tokens come from (a sign-in flow); failures are thrown as the source's own errors.</summary>
internal interface ITokenSource
{
    /// <summary>Asks for a new access token.</summary>
    Task<IssuedToken> RequestAsync(CancellationToken cancellationToken);
}
