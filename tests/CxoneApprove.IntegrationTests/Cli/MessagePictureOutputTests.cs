namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>
/// Issue 13's examples as a new user meets them, through the real entry point: what <c>validate</c> prints (the picture
/// of the message under the validate step, <c>--fix</c>) and what its JSON carries.
/// </summary>
public sealed class MessagePictureOutputTests
{
    [Fact]
    public async Task SpanishOptOut_WithTheStandardKeyword_Passes()
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("validate", "--content", "Responde STOP para cancelar", "--from", "12345");

        Assert.True(run.ExitCode == 0, run.Stdout);
    }

    [Fact]
    public async Task ExtraKeyword_IsSuggestedInTheLanguageOfTheContent()
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("validate", "--content", "Tu pedido de Acme llega mañana.", "--from", "12345", "--opt-out-keyword", "BAJA");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("add one such as \"Responde BAJA para no recibir más mensajes\"", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Reply BAJA", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FourCurlyQuotes_AreOneLineMarkingTheFourPlaces()
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("validate", "--content", "“Big” ‘deal’ today. Reply STOP to opt out", "--from", "12345");

        var lines = run.Stdout.Split('\n');
        Assert.Contains("      │ “Big” ‘deal’ today. Reply STOP to opt out", lines);
        Assert.Contains("      │ ^   ^ ^    ^ non_gsm_character ×4", lines);
        Assert.Single(lines, l => l.Contains("non_gsm_character:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PartBoundariesAndExtensionCosts_AreShownUnderTheValidateStep()
    {
        using var cli = new CliRun();
        var content = "Acme [news]: " + new string('a', 150) + " Reply STOP to opt out";

        var run = await cli.RunAsync("validate", "--content", content, "--from", "12345", "--max-segments", "2");

        Assert.True(run.ExitCode == 0, run.Stdout);
        var lines = run.Stdout.Split('\n');
        var validate = Array.FindIndex(lines, l => l.StartsWith("  validate ", StringComparison.Ordinal));
        Assert.EndsWith("GSM-7, 187 septets, 2 parts", lines[validate], StringComparison.Ordinal);
        Assert.Equal("      │      ²    ²", lines[validate + 2]);
        Assert.Contains("      ├── part 2 starts at character 152 ──", lines);
        Assert.Contains("      187 septets: 185 characters, 2 of them ([ ]) from the GSM-7 extension table, which cost 2 septets each (marked ²)", lines);
        Assert.Contains(lines, l => l.StartsWith("      2 parts: each holds 153 septets", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExtensionCharactersAndAPlaceholder_SayWhyTheyCostWhatTheyCost()
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("validate", "--content", "€5 off [today] ^_^ {{code}}", "--from", "12345");

        Assert.Contains("      36 septets: 27 characters, 9 of them (€ [ ] ^×2 {×2 }×2) from the GSM-7 extension table, which cost 2 septets each (marked ²)",
            run.Stdout, StringComparison.Ordinal);
        Assert.Contains("      {{code}} is counted as written, 12 septets (its braces are extension characters)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpanishAccents_AreNeverOfferedAsASafeFix()
    {
        using var cli = new CliRun();
        string[] args = ["validate", "--content", "Él está aquí mañana. Responde STOP para cancelar", "--from", "12345", "--fix"];

        var text = await cli.RunAsync(args);
        var json = await cli.RunAsync([.. args, "-o", "json"]);

        Assert.Contains("they spell words: keep them if the words need them", text.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("with a ", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("fix: nothing to fix safely", text.Stdout, StringComparison.Ordinal);
        var validation = json.Template().GetProperty("validation");
        Assert.All(validation.GetProperty("warnings").EnumerateArray(), w => Assert.Equal(System.Text.Json.JsonValueKind.Null, w.GetProperty("fix").ValueKind));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, validation.GetProperty("fixed_content").ValueKind);
    }

    [Fact]
    public async Task JsonWarnings_CarryTheirPlaceFixSeverityAndSource()
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("validate", "--content", "“Big” deal. Reply STOP to opt out", "--from", "12345", "-o", "json");

        var first = run.Template().GetProperty("validation").GetProperty("warnings")[0];
        Assert.Equal("non_gsm_character", first.GetProperty("code").GetString());
        Assert.Equal("warning", first.GetProperty("severity").GetString());
        Assert.Equal(0, first.GetProperty("offset").GetInt32());
        Assert.Equal(1, first.GetProperty("length").GetInt32());
        Assert.Equal("\"", first.GetProperty("fix").GetString());
        Assert.StartsWith("https://", first.GetProperty("source").GetString(), StringComparison.Ordinal);
        Schemas.AssertValid(run.Stdout);
    }

    [Fact]
    public async Task Fix_PrintsTheContentWithTheSafeFixes_AndWhatItWouldBeThen()
    {
        using var cli = new CliRun();
        string[] args = ["validate", "--content", "Acme: it’s here… “today”. Reply STOP to opt out", "--from", "12345"];

        var plain = await cli.RunAsync(args);
        var fixedText = await cli.RunAsync([.. args, "--fix"]);
        var json = await cli.RunAsync([.. args, "--fix", "-o", "json"]);

        Assert.DoesNotContain("fixed (", plain.Stdout, StringComparison.Ordinal);
        Assert.Contains("      fixed (safe fixes applied; then GSM-7, 49 septets, 1 part, valid):\n      │ Acme: it's here... \"today\". Reply STOP to opt out\n",
            fixedText.Stdout, StringComparison.Ordinal);
        Assert.Equal("Acme: it's here... \"today\". Reply STOP to opt out", json.Template().GetProperty("validation").GetProperty("fixed_content").GetString());
    }

    [Fact]
    public async Task Fix_OfAFetchedTemplate_IsPrintedToo()
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("validate", "--sandbox", "-t", "demo-non-gsm", "--fix");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("      fixed (safe fixes applied; then GSM-7, 93 septets, 1 part, valid):\n      │ Acme: we've received your return", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(true, "1", false)]
    [InlineData(false, null, false)]
    public async Task Findings_AreColouredOnlyOnATerminalWithoutNoColor(bool terminal, string? noColor, bool colored)
    {
        using var cli = new CliRun { Terminal = terminal };
        cli.With("NO_COLOR", noColor);

        var run = await cli.RunAsync("validate", "--content", "Big sale today’s only", "--from", "12345");

        Assert.Equal(colored, run.Stdout.Contains("\u001b[31m✗ opt_out\u001b[0m", StringComparison.Ordinal));
        Assert.Equal(colored, run.Stdout.Contains('\u001b', StringComparison.Ordinal));
    }

    [Fact]
    public async Task CleanSinglePartMessage_ShowsNoPicture()
    {
        using var cli = new CliRun();

        var run = await cli.RunAsync("validate", "--content", "Acme: your order has shipped. Reply STOP to opt out.", "--from", "12345");

        Assert.DoesNotContain("│", run.Stdout, StringComparison.Ordinal);
    }
}
