using System.Globalization;
using Serilog;

namespace CxoneApprove.Auth;

/// <summary>
/// Wraps a sign-in: keeps the last token it issued (for <c>auth status</c>) and, under <c>--verbose</c>, logs the scopes
/// the server granted, so a missing one shows before the call that needs it fails.
/// </summary>
internal sealed class ObservedTokenSource(ITokenSource inner, ILogger log) : ITokenSource
{
    /// <summary>The last token issued, or null.</summary>
    public IssuedToken? Last { get; private set; }

    public async Task<IssuedToken> RequestAsync(CancellationToken cancellationToken)
    {
        var issued = await inner.RequestAsync(cancellationToken);
        Last = issued;
        log.Debug("token granted scopes: {Scopes} (good for {LifetimeSeconds} s)",
            string.IsNullOrWhiteSpace(issued.Scope) ? "(not stated by the server)" : issued.Scope,
            issued.Lifetime.TotalSeconds.ToString("0", CultureInfo.InvariantCulture));
        return issued;
    }
}
