namespace CxoneApprove.Sandbox.Domain;

/// <summary>A WhatsApp template button.</summary>
/// <param name="Type">One of <see cref="TemplateVocabulary.ButtonTypes"/>.</param>
/// <param name="Text">The label shown on the button.</param>
/// <param name="Url">For a <c>URL</c> button: where it leads; may hold a variable such as <c>{{1}}</c>.</param>
/// <param name="PhoneNumber">For a <c>PHONE_NUMBER</c> button: the number it calls, E.164.</param>
public sealed record TemplateButton(string Type, string Text, string? Url = null, string? PhoneNumber = null);
