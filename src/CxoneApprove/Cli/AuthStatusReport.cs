using System.Globalization;
using System.Text;
using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>The text of <c>auth status</c>: settings with their sources, the token, the scopes by step, the host and the clock.</summary>
internal static class AuthStatusReport
{
    /// <summary>Above this, a clock that differs from the server's is worth a warning (audit timestamps, certificate checks).</summary>
    private static readonly TimeSpan SkewWarning = TimeSpan.FromSeconds(60);

    public static string Render(AuthStatus status)
    {
        var text = new StringBuilder();
        var width = Math.Max(14, status.Settings.Max(s => s.Key.Length) + 2);
        text.Append("settings (first found wins: option, environment, profile, default)\n");
        foreach (var setting in status.Settings)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {setting.Key.PadRight(width)}{setting.Value,-36} {setting.Source}\n");
        }

        Sign(text, status);
        if (status.TokenFailure is { } failure)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nno token: {failure.Message}\n  hint: {failure.Hint}\n");
            return text.ToString();
        }

        Steps(text, status);
        if (status.Host is { } host)
        {
            text.Append(CultureInfo.InvariantCulture, $"\napi host  {(host.Reached ? "" : "✗ ")}{host.Summary}\n");
        }

        Clock(text, status.ClockSkew);
        text.Append('\n').Append(Verdict(status)).Append('\n');
        return text.ToString();
    }

    private static void Sign(StringBuilder text, AuthStatus status)
    {
        if (status.SignIn is { } signIn)
        {
            text.Append("\nCXone sign-in\n");
            text.Append(CultureInfo.InvariantCulture, $"  token endpoint  {signIn.TokenEndpoint?.AbsoluteUri ?? "(not discovered)"}\n");
            if (signIn.TenantId is { } tenant)
            {
                text.Append(CultureInfo.InvariantCulture, $"  tenant          {tenant}\n  api host        {signIn.ApiBaseUrl?.AbsoluteUri} (discovered)\n");
            }
        }

        if (status.Token is { } token)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"\ntoken     ok in {status.TokenMs} ms (HTTP {token.HttpStatus}), good for {token.Lifetime.TotalSeconds:0} s\n");
            text.Append(CultureInfo.InvariantCulture, $"granted   {(string.IsNullOrWhiteSpace(token.Scope) ? "(the server did not list the scopes)" : token.Scope)}\n");
        }
    }

    private static void Steps(StringBuilder text, AuthStatus status)
    {
        var granted = status.Token?.Scope?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        text.Append(CultureInfo.InvariantCulture, $"\n  {"step",-14}{"needs",-28}\n");
        foreach (var need in status.Steps)
        {
            var scopes = need.Scopes.Count == 0 ? "-" : string.Join(' ', need.Scopes);
            var lacking = granted is null ? [] : need.Scopes.Where(s => !granted.Contains(s)).ToList();
            var verdict = need.NotTakenBecause ?? (granted is null ? "not checked" : lacking.Count == 0 ? "ok" : "✗ missing " + string.Join(", ", lacking));
            text.Append(CultureInfo.InvariantCulture, $"  {WireNames.Of(need.Step),-14}{scopes,-28}{verdict}\n");
        }
    }

    private static void Clock(StringBuilder text, TimeSpan? skew)
    {
        if (skew is not { } difference)
        {
            return;
        }

        var seconds = Math.Abs(difference.TotalSeconds);
        var line = seconds < 2 ? "in step with the server's (its Date header)"
            : string.Create(CultureInfo.InvariantCulture, $"{seconds:0} s {(difference > TimeSpan.Zero ? "ahead of" : "behind")} the server's");
        text.Append(CultureInfo.InvariantCulture, $"clock     {(Math.Abs(difference.Ticks) > SkewWarning.Ticks ? "⚠ " : "")}{line}\n");
    }

    private static string Verdict(AuthStatus status)
    {
        if (status.Missing.Count > 0)
        {
            var names = string.Join(" and ", status.Missing);
            return $"✗ missing {names}: grant {(status.Missing.Count == 1 ? "it" : "them")} to the client in the CXone Admin Console (exit {ExitCodes.Auth})";
        }

        if (status.Host is { Reached: false })
        {
            return $"✗ the API host cannot be reached: check --base-url / --org and the network (exit {ExitCodes.Transient})";
        }

        return status.Token?.Scope is null or { Length: 0 }
            ? $"✓ signed in; the server did not list the granted scopes, so they could not be checked (exit {ExitCodes.Success})"
            : $"✓ a run has what it needs (exit {ExitCodes.Success})";
    }
}
