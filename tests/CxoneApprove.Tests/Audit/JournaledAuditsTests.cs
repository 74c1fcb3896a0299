using CxoneApprove.Audit;

namespace CxoneApprove.Tests.Audit;

/// <summary>What a re-run can resend from the journal: the first body per key, for the same API only, whatever else the file holds.</summary>
public sealed class JournaledAuditsTests : IDisposable
{
    private const string Api = "https://acme.nicecxone.com/";
    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("journaled-").FullName, "audit.jsonl");

    [Fact]
    public void FirstBodyPerKey_ForTheSameApi_IsOffered()
    {
        Append(Outcome("cxa-1", Api, """{"latency_ms":1}"""), Outcome("cxa-1", Api, """{"latency_ms":2}"""),
            Outcome("cxa-2", "https://other.nicecxone.com/", """{"latency_ms":3}"""));

        var audits = JournaledAudits.Read(_path, "HTTPS://ACME.nicecxone.com/");

        Assert.Equal("""{"latency_ms":1}""", audits["cxa-1"]);
        Assert.False(audits.ContainsKey("cxa-2"));
    }

    [Fact]
    public void UnreadableLines_PublishedLines_AndATornLastLine_OfferNothing_ButHideNothingElse()
    {
        File.WriteAllText(_path,
            "not json at all\n"
            + """{"kind":"published","record_id":"r","base_url":"https://acme.nicecxone.com/","idempotency_key":"cxa-p","audit":{"x":1}}""" + "\r\n"
            + Outcome("cxa-1", Api, """{"nested":{"a":[1,2]},"s":"}\n{"}""") + "\r\n"
            + Outcome("cxa-torn", Api, """{"latency_ms":9}""")[..40]);

        var audits = JournaledAudits.Read(_path, Api);

        Assert.Equal(["cxa-1"], audits.Keys);
        Assert.Equal("""{"nested":{"a":[1,2]},"s":"}\n{"}""", audits["cxa-1"]);
    }

    [Fact]
    public void ALineLongerThanTheReadBuffer_IsReadWhole_AndSoIsTheLastLineWithoutItsNewline()
    {
        var large = $$"""{"note":"{{new string('x', 200_000)}}"}""";
        File.WriteAllText(_path, Outcome("cxa-big", Api, large) + "\n" + Outcome("cxa-last", Api, """{"latency_ms":4}"""));

        var audits = JournaledAudits.Read(_path, Api);

        Assert.Equal(large, audits["cxa-big"]);
        Assert.Equal("""{"latency_ms":4}""", audits["cxa-last"]);
    }

    [Fact]
    public void FieldsInAnotherOrder_AreStillRead()
    {
        File.WriteAllText(_path,
            """{"audit":{"latency_ms":7},"idempotency_key":"cxa-late","base_url":"https://acme.nicecxone.com/","kind":"outcome"}""" + "\n"
            + """{"audit":{"latency_ms":8},"kind":"published","idempotency_key":"cxa-pub","base_url":"https://acme.nicecxone.com/"}""" + "\n");

        var audits = JournaledAudits.Read(_path, Api);

        Assert.Equal(["cxa-late"], audits.Keys);
        Assert.Equal("""{"latency_ms":7}""", audits["cxa-late"]);
    }

    [Fact]
    public void NoJournalYet_OffersNothing() => Assert.Empty(JournaledAudits.Read(_path + ".missing", Api));

    [Fact]
    public void WhatTheJournalWrites_IsWhatItOffers()
    {
        var journal = new AuditJournal(_path);
        journal.AppendOutcome(new OutcomeRecord("tpl", "approved", 0, Api, [new JournalStep("audit", "ok", 3)])
        {
            IdempotencyKey = "cxa-real",
            AuditBody = """{"template_id":"tpl","latency_ms":3}""",
        }, DateTimeOffset.UnixEpoch);

        Assert.Equal("""{"template_id":"tpl","latency_ms":3}""", JournaledAudits.Read(_path, Api)["cxa-real"]);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    private static string Outcome(string key, string baseUrl, string audit) =>
        $$"""{"kind":"outcome","record_id":"{{key}}-r","recorded_at":"2026-12-01T00:00:00Z","template_id":"t","outcome":"approved","exit_code":0,"base_url":"{{baseUrl}}","idempotency_key":"{{key}}","audit":{{audit}},"steps":[{"name":"audit","status":"ok","latency_ms":1}],"published":false}""";

    private void Append(params string[] lines) => File.WriteAllLines(_path, lines);
}
