namespace CxoneApprove.Sandbox.Domain;

/// <summary>A template every fresh sandbox serves, with what it demonstrates.</summary>
/// <param name="Id">Template id, e.g. <c>demo-welcome</c>.</param>
/// <param name="Description">One line saying which outcome the template shows.</param>
public sealed record DemoTemplate(string Id, string Description);
