namespace CxoneApprove.Compliance;

/// <summary>Word lists written as one string, the way the rules' vocabularies are kept readable.</summary>
internal static class Vocabulary
{
    /// <summary>Space-separated words as a list.</summary>
    public static string[] Words(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Phrases separated by <c>|</c>, each of space-separated words.</summary>
    public static string[][] Phrases(string phrases) => [.. phrases.Split('|').Select(Words)];
}
