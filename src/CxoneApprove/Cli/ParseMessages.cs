using System.Text.RegularExpressions;

namespace CxoneApprove.Cli;

/// <summary>The command-line parser's messages, reworded where they would show .NET type names to people.</summary>
internal static partial class ParseMessages
{
    /// <summary><paramref name="message"/> without type names: "as expected type 'System.Int32'" → "as a whole number".</summary>
    public static string ForPeople(string message) => ExpectedType().Replace(message, match => match.Groups["type"].Value switch
    {
        "System.Boolean" => "as true or false",
        "System.Int32" or "System.Int64" => "as a whole number",
        "System.Double" or "System.Decimal" => "as a number",
        _ => "as a value of the right kind",
    });

    [GeneratedRegex(@"as expected type '(?<type>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex ExpectedType();
}
