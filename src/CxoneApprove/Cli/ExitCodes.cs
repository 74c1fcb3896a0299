using CxoneApprove.Api;
using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>The documented exit codes, owned here at the edge: what each means, and how results map to them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Internal = 1;
    public const int Usage = 2;
    public const int Invalid = 3;
    public const int Auth = 4;
    public const int NotFound = 5;
    public const int Conflict = 6;
    public const int Transient = 7;
    public const int BadResponse = 8;
    public const int Cancelled = 130;

    /// <summary>Every code with what it means, for help and docs.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> All { get; } =
    [
        (Success, "approved (or, with --dry-run / validate, valid)"),
        (Internal, "internal error"),
        (Usage, "usage or configuration error, or a local output (journal, report) that cannot be written"),
        (Invalid, "not compliant (the validator's or the server's 400)"),
        (Auth, "authentication or authorization (OAuth refused, 401, 403)"),
        (NotFound, "template not found (404)"),
        (Conflict, "conflict that could not be resolved (409)"),
        (Transient, "transient failure after the retries (429, 5xx, timeout, network)"),
        (BadResponse, "the server's answer could not be understood"),
        (Cancelled, "cancelled (Ctrl+C / SIGTERM)"),
    ];

    /// <summary>The exit code of a failure category; <see cref="Success"/> for none.</summary>
    public static int For(ErrorCategory? failure) => failure switch
    {
        null => Success,
        ErrorCategory.Validation => Invalid,
        ErrorCategory.Auth => Auth,
        ErrorCategory.NotFound => NotFound,
        ErrorCategory.Conflict => Conflict,
        ErrorCategory.Transient => Transient,
        ErrorCategory.BadResponse => BadResponse,
        ErrorCategory.Cancelled => Cancelled,
        ErrorCategory.LocalOutput => Usage,
        _ => Internal,
    };

    /// <summary>A template's exit code.</summary>
    public static int Of(TemplateResult template) => For(template.Failure);

    /// <summary>A run's exit code: that of the first failed template in the order given.</summary>
    public static int Of(RunResult run) => run.Templates.Select(Of).FirstOrDefault(code => code != Success, Success);
}
