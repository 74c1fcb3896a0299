namespace CxoneApprove.Compliance;

/// <summary>A whole word of folded text: letters, digits, combining marks and underscores.</summary>
/// <param name="Text">The folded, upper-case word.</param>
/// <param name="Start">Index of its first character in the folded text.</param>
/// <param name="End">Index just past its last character in the folded text.</param>
internal readonly record struct WordToken(string Text, int Start, int End);
