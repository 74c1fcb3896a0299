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
    /// been, sent first). Lines that cannot be read, such as a last line a crash cut short, offer nothing.
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
        if (!line.IsEmpty && Offered(line, api) is var (key, audit))
        {
            audits.TryAdd(key, audit);
        }
    }

    // An outcome line of the same API with a key and an audit body; anything else (a "published" line, another host,
    // a line that is not JSON) offers nothing.
    private static (string Key, string Audit)? Offered(ReadOnlySpan<byte> line, byte[] api)
    {
        var json = new Utf8JsonReader(line);
        (bool outcome, bool sameApi, string? key, string? audit) found = default;
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
                if (property.ValueTextEquals("kind"u8))
                {
                    found.outcome = json.TokenType == JsonTokenType.String && json.ValueTextEquals("outcome"u8);
                }
                else if (property.ValueTextEquals("base_url"u8))
                {
                    found.sameApi = json.TokenType == JsonTokenType.String && SameApi(ref json, api);
                }
                else if (property.ValueTextEquals("idempotency_key"u8))
                {
                    found.key = json.TokenType == JsonTokenType.String ? json.GetString() : null;
                }
                else if (property.ValueTextEquals("audit"u8) && json.TokenType == JsonTokenType.StartObject)
                {
                    var start = (int)json.TokenStartIndex;
                    json.Skip();
                    found.audit = Encoding.UTF8.GetString(line[start..(int)json.BytesConsumed]);
                }
                else
                {
                    json.Skip();
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return found is (true, true, { } k, { } a) ? (k, a) : null;
    }

    // Host names are case-insensitive; an escaped value (the journal escapes anything outside ASCII) is compared after unescaping.
    private static bool SameApi(ref Utf8JsonReader json, byte[] api) => !json.ValueIsEscaped && Ascii.IsValid(api)
        ? Ascii.EqualsIgnoreCase(json.ValueSpan, api)
        : string.Equals(json.GetString(), Encoding.UTF8.GetString(api), StringComparison.OrdinalIgnoreCase);
}
