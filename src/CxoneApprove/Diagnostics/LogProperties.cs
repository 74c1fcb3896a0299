namespace CxoneApprove.Diagnostics;

/// <summary>Names of the log properties that the text format lays out itself and log shippers read as fields.</summary>
internal static class LogProperties
{
    /// <summary>The template a line is about (pushed by the workflow for everything one template does).</summary>
    public const string TemplateId = "TemplateId";

    /// <summary>An exchange's allow-listed headers: one field each.</summary>
    public const string Headers = "Headers";

    /// <summary>An exchange's body, masked and bounded, or a summary of it.</summary>
    public const string Body = "Body";
}
