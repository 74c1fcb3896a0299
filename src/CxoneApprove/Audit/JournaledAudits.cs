using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CxoneApprove.Audit;

/// <summary>
/// The audit bodies a journal holds for one API, by idempotency key. The journal grows with every run and every run
/// asks this once, so it is read line by line with a JSON reader that looks at four fields and skips the rest: a
/// journal of years costs one pass over the file, never a copy of every record in memory.
/// </summary>
internal static class JournaledAudits
{
    /// <summary>
    /// The first audit body journaled under each key for <paramref name="baseUrl"/> (what the server was, or would have
    /// been, sent first). A line that cannot be read up to its body, such as a last line a crash cut short, offers nothing.
    /// </summary>
    public static Dictionary<string, string> Read(string path, string baseUrl)
    {
        var audits = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return audits;
        }

        using var stream = JournalFile.Open(path, FileMode.Open, FileAccess.Read);
        var api = Encoding.UTF8.GetBytes(baseUrl);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var filled = 0;
            while (true)
            {
                if (filled == buffer.Length)
                {
                    // A line longer than the buffer: make room for all of it.
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = stream.Read(buffer, filled, buffer.Length - filled);
                var lines = buffer.AsSpan(0, filled + read);
                for (int end; (end = lines.IndexOf((byte)'\n')) >= 0; lines = lines[(end + 1)..])
                {
                    Offer(audits, lines[..end], api);
                }

                if (read == 0)
                {
                    Offer(audits, lines, api);  // a last line without its newline
                    break;
                }

                lines.CopyTo(buffer);
                filled = lines.Length;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return audits;
    }

    private static void Offer(Dictionary<string, string> audits, ReadOnlySpan<byte> line, byte[] api)
    {
        if (!line.IsEmpty && Offered(line, api, audits) is var (key, audit))
        {
            audits.Add(key, audit);
        }
    }

    // An outcome line of the same API with a key not seen before and an audit body; anything else (a "published"
    // line, another host, a key already offered, a line that is not JSON) offers nothing. The reader stops as soon as
    // the line is decided, so most of a line is never parsed and only a new body is copied.
    private static (string Key, string Audit)? Offered(ReadOnlySpan<byte> line, byte[] api, Dictionary<string, string> offered)
    {
        var json = new Utf8JsonReader(line);
        var found = new Found();
        try
        {
            if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                var property = json;
                json.Read();
                switch (Take(property, ref json, api, offered, ref found))
                {
                    case Verdict.Reject:
                        return null;
                    case Verdict.Accept:
                        return (found.Key!, Encoding.UTF8.GetString(line[found.Audit]));
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return found.Complete && json.TokenType == JsonTokenType.EndObject ? (found.Key!, Encoding.UTF8.GetString(line[found.Audit])) : null;
    }

    // One property of a journal line: what it decides. The audit body decides the line only once the rest is known.
    private static Verdict Take(in Utf8JsonReader property, ref Utf8JsonReader json, byte[] api, Dictionary<string, string> offered, ref Found found)
    {
        if (property.ValueTextEquals("kind"u8))
        {
            found.Outcome = json.TokenType == JsonTokenType.String && json.ValueTextEquals("outcome"u8);
            return found.Outcome ? Verdict.Continue : Verdict.Reject;
        }

        if (property.ValueTextEquals("base_url"u8))
        {
            found.SameApi = json.TokenType == JsonTokenType.String && SameApi(ref json, api);
            return found.SameApi ? Verdict.Continue : Verdict.Reject;
        }

        if (property.ValueTextEquals("idempotency_key"u8))
        {
            found.Key = json.TokenType == JsonTokenType.String ? json.GetString() : null;
            return found.Key is null || offered.ContainsKey(found.Key) ? Verdict.Reject : Verdict.Continue;
        }

        if (property.ValueTextEquals("audit"u8) && json.TokenType == JsonTokenType.StartObject)
        {
            var start = (int)json.TokenStartIndex;
            json.Skip();
            found.Audit = start..(int)json.BytesConsumed;
            return found.Complete ? Verdict.Accept : Verdict.Continue;
        }

        json.Skip();
        return Verdict.Continue;
    }

    private enum Verdict
    {
        Continue,
        Reject,
        Accept,
    }

    // What a line has shown so far; Audit is where the body is, should it come before what decides the line.
    private struct Found
    {
        public bool Outcome;
        public bool SameApi;
        public string? Key;
        public Range Audit;

        public readonly bool Complete => Outcome && SameApi && Key is not null && !Audit.Equals(default);
    }

    // Host names are case-insensitive; an escaped value (the journal escapes anything outside ASCII) is compared after unescaping.
    private static bool SameApi(ref Utf8JsonReader json, byte[] api) => !json.ValueIsEscaped && Ascii.IsValid(api)
        ? Ascii.EqualsIgnoreCase(json.ValueSpan, api)
        : string.Equals(json.GetString(), Encoding.UTF8.GetString(api), StringComparison.OrdinalIgnoreCase);
}
