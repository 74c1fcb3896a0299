namespace CxoneApprove.Compliance;

/// <summary>A template placeholder such as <c>{{first_name}}</c>, filled in when the message is sent.</summary>
/// <param name="Index">UTF-16 index of its first brace in the content.</param>
/// <param name="Text">The placeholder as written, braces included.</param>
internal sealed record Placeholder(int Index, string Text)
{
    /// <summary>Its length in UTF-16 units, braces included.</summary>
    public int Length => Text.Length;
}
