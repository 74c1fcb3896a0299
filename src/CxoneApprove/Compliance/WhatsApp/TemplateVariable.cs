namespace CxoneApprove.Compliance;

/// <summary>A variable, or something written as one, in a WhatsApp component.</summary>
/// <param name="Index">UTF-16 index of its first brace in the component's text.</param>
/// <param name="Text">As written, braces included.</param>
/// <param name="Number">The number of a positional variable (<c>{{2}}</c>: 2), or <see langword="null"/>.</param>
/// <param name="Name">The name of a named variable (<c>{{first_name}}</c>), or <see langword="null"/>.</param>
/// <param name="Problem">What is wrong with how it is written, or <see langword="null"/> when it is well formed.</param>
/// <param name="Fix">How it should be written, when that is clear (<c>{{ 1 }}</c> → <c>{{1}}</c>).</param>
internal sealed record TemplateVariable(int Index, string Text, int? Number, string? Name, string? Problem, string? Fix)
{
    /// <summary>Its length in UTF-16 units.</summary>
    public int Length => Text.Length;

    /// <summary>What an example value is matched by: its number or its name.</summary>
    public string Identity => Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Name ?? Text;
}
