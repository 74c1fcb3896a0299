namespace CxoneApprove.Sandbox.Domain;

/// <summary>Example values, one per variable in order, for the header, the body and the buttons.</summary>
public sealed record TemplateExamples(IReadOnlyList<string>? Header, IReadOnlyList<string>? Body, IReadOnlyList<string>? Buttons);
