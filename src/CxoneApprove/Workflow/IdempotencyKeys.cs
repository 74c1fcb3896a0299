using System.Security.Cryptography;
using System.Text;

namespace CxoneApprove.Workflow;

/// <summary>
/// Idempotency keys derived from what a write means — template, the template version it acts on, and the
/// purpose — so a retry, and a re-run of the same approval, send the same key and the server creates nothing twice.
/// </summary>
internal static class IdempotencyKeys
{
    /// <summary>The A2P registration of template <paramref name="templateId"/> at <paramref name="version"/>.</summary>
    public static string ForRegistration(string templateId, string version) => Derive(templateId, version, "a2p_register");

    /// <summary>
    /// The audit record of the approval of <paramref name="templateId"/> at its approved <paramref name="version"/>: the
    /// same for every run that reaches the audit step for that approval, so the server keeps one record.
    /// </summary>
    public static string ForAudit(string templateId, string version) => Derive(templateId, version, "audit");

    /// <summary>The registration of <paramref name="url"/> for <paramref name="events"/> (one per URL, not per template).</summary>
    public static string ForWebhook(string url, IEnumerable<string> events) => Derive("webhook", url, string.Join(',', events.Order(StringComparer.Ordinal)));

    private static string Derive(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts)));
        return "cxa-" + Convert.ToHexStringLower(hash.AsSpan(0, 20));
    }
}
