using System.Globalization;
using System.Text.Json;
using Json.Schema;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>The published schemas (docs/), and the files of the repository tests compare output with.</summary>
internal static class Schemas
{
    /// <summary>docs/output.schema.json: the document of <c>--output json</c>.</summary>
    public static Lazy<JsonSchema> Output { get; } = new(() => JsonSchema.FromText(File.ReadAllText(RepositoryFile("docs", "output.schema.json"))));

    /// <summary>docs/policy.schema.json: the policy file.</summary>
    public static Lazy<JsonSchema> Policy { get; } = new(() => JsonSchema.FromText(File.ReadAllText(RepositoryFile("docs", "policy.schema.json"))));

    /// <summary>Fails, listing every error, when <paramref name="json"/> does not fit <paramref name="schema"/> (the output schema by default).</summary>
    public static void AssertValid(string json, JsonSchema? schema = null)
    {
        var result = (schema ?? Output.Value).Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => string.Create(CultureInfo.InvariantCulture, $"{d.InstanceLocation}: {e.Value}")))) + "\n" + json);
    }

    /// <summary>The path of a file of the repository (found above the test's folder).</summary>
    public static string RepositoryFile(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine([directory.FullName, .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{Path.Combine(parts)} not found above {AppContext.BaseDirectory}");
    }
}
