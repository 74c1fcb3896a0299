using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Http;
using CxoneApprove.Sandbox.Wire;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Endpoints;

/// <summary>The rules of the approve PUT: what makes its body unacceptable, when the transition is refused, and what it stores.</summary>
internal static class TemplateApproval
{
    /// <summary>Why the body cannot be an approval of <paramref name="templateId"/> whatever the stored state (a 400), or null.</summary>
    public static string? Malformed(ApprovalRequestBody body, string templateId)
    {
        if (body.Id is not null && body.Id != templateId)
        {
            return $"body id '{body.Id}' does not match the template {templateId} in the path";
        }

        if (body.Status != "APPROVED")
        {
            return $"status must be \"APPROVED\", got {(body.Status is null ? "none" : "\"" + body.Status + "\"")}: this endpoint only approves";
        }

        if (body.Meta is { UpdatedAt: { } updatedAt } && !ApiTimestamp.TryParse(updatedAt, out _))
        {
            return $"meta.updated_at '{updatedAt}' is not an RFC 3339 date-time such as 2026-11-20T08:30:00Z";
        }

        return OneOf("channel", body.Channel, TemplateVocabulary.Channels)
            ?? OneOf("kind", body.Kind, TemplateVocabulary.Kinds)
            ?? OneOf("category", body.Category, TemplateVocabulary.Categories)
            ?? body.Buttons?.Select(button => OneOf("buttons[].type", button.Type, TemplateVocabulary.ButtonTypes)).FirstOrDefault(problem => problem is not null);
    }

    /// <summary>The 409 or 400 that refuses the transition from <paramref name="current"/>, or null when it may happen.</summary>
    public static ApiResult? Refusal(SandboxTemplate current, ApprovalRequestBody body, string ifMatch)
    {
        if (ifMatch.Length > 0 && !Matches(ifMatch, current.ETag))
        {
            return Conflict(
                $"stale version: If-Match {ifMatch} does not match the current ETag {current.ETag} (updated_at {ApiTimestamp.Format(current.UpdatedAt)}); fetch the template again");
        }

        // Without If-Match, the fetched meta.updated_at is the version the client approves (compared as instants).
        if (ifMatch.Length == 0 && body.Meta is { UpdatedAt: { } sent }
            && ApiTimestamp.TryParse(sent, out var fetched) && fetched != current.UpdatedAt)
        {
            return Conflict(
                $"stale write: meta.updated_at {sent} is not the template's current {ApiTimestamp.Format(current.UpdatedAt)}; fetch the template again");
        }

        if (current.Status == "APPROVED")
        {
            return Conflict("template already approved");
        }

        var candidate = Approved(current, body, current.UpdatedAt);
        var complianceProblem = ServerComplianceCheck.Refusal(candidate);
        return complianceProblem is null
            ? null
            : ApiResult.Error(StatusCodes.Status400BadRequest, "validation_failed", complianceProblem);
    }

    /// <summary>The template as approved: the body's fields over the stored ones, APPROVED, next version, stamped at <paramref name="now"/>.</summary>
    public static SandboxTemplate Approved(SandboxTemplate current, ApprovalRequestBody body, DateTimeOffset now) => current with
    {
        Name = body.Name ?? current.Name,
        Content = body.Content ?? current.Content,
        FromAddress = body.FromAddress ?? current.FromAddress,
        Channel = body.Channel ?? current.Channel,
        Kind = body.Kind ?? current.Kind,
        Locale = body.Locale ?? current.Locale,
        Category = body.Category ?? current.Category,
        Header = body.Header ?? current.Header,
        Footer = body.Footer ?? current.Footer,
        Buttons = body.Buttons ?? current.Buttons,
        Examples = body.Examples ?? current.Examples,
        Status = "APPROVED",
        Version = current.Version + 1,
        UpdatedAt = now,
    };

    private static string? OneOf(string field, string? value, IReadOnlyList<string> allowed) =>
        value is null || allowed.Contains(value) ? null : $"{field} must be one of {string.Join(", ", allowed)}, got '{value}'";

    /// <summary>Strong comparison of an If-Match list (RFC 9110 §13.1.1) with the current ETag.</summary>
    private static bool Matches(string ifMatch, string etag) =>
        ifMatch.Split(',', StringSplitOptions.TrimEntries).Any(candidate => candidate == "*" || candidate == etag);

    private static ApiResult Conflict(string message) => ApiResult.Error(StatusCodes.Status409Conflict, "conflict", message);
}
