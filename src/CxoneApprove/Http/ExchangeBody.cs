using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CxoneApprove.Diagnostics;

namespace CxoneApprove.Http;

/// <summary>
/// A request or response body as <c>--verbose</c> shows it: JSON and form bodies with their secret fields masked, anything
/// else summarised (content type, size, first line without markup); bounded in size, and redacted besides.
/// </summary>
internal static partial class ExchangeBody
{
    /// <summary>Longest body shown, in characters.</summary>
    public const int MaxShown = 2048;

    // Fields that hold secrets on the wire: OAuth's, the CXone sign-in's and the webhook registration's.
    private static readonly HashSet<string> SecretFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "client_secret", "password", "secret", "access_token", "refresh_token", "id_token", "access_key_secret", "accessKeySecret",
    };

    /// <summary>What to show of <paramref name="body"/>, or null when there is none.</summary>
    public static string? Describe(byte[] body, MediaTypeHeaderValue? contentType, SecretRedactor redactor)
    {
        if (body.Length == 0)
        {
            return null;
        }

        var mediaType = contentType?.MediaType ?? "";
        var shown = mediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) ? MaskForm(Encoding.UTF8.GetString(body))
            : LooksLikeJson(mediaType, body) ? MaskJson(body) ?? Summary(body, mediaType)
            : Summary(body, mediaType);
        if (shown.Length > MaxShown)
        {
            shown = string.Create(CultureInfo.InvariantCulture, $"{shown.AsSpan(0, MaxShown)}… ({shown.Length - MaxShown} more characters)");
        }

        return redactor.Redact(shown);
    }

    private static bool LooksLikeJson(string mediaType, byte[] body) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
        || (mediaType.Length == 0 && body.Length > 0 && body[0] is (byte)'{' or (byte)'[');

    // A copy of the document, compact, with every secret field's value replaced; null when it is not JSON after all.
    private static string? MaskJson(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                var masking = false;
                while (reader.Read())
                {
                    masking = Copy(ref reader, writer, masking);
                }
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Copies one token; returns whether the next value is a secret's.
    private static bool Copy(ref Utf8JsonReader reader, Utf8JsonWriter writer, bool masking)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                var name = reader.GetString()!;
                writer.WritePropertyName(name);
                return SecretFields.Contains(name);
            case JsonTokenType.StartObject when masking:
            case JsonTokenType.StartArray when masking:
                reader.Skip();
                writer.WriteStringValue(SecretRedactor.Mask);
                return false;
            case JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False when masking:
                writer.WriteStringValue(SecretRedactor.Mask);
                return false;
            case JsonTokenType.StartObject:
                writer.WriteStartObject();
                break;
            case JsonTokenType.EndObject:
                writer.WriteEndObject();
                break;
            case JsonTokenType.StartArray:
                writer.WriteStartArray();
                break;
            case JsonTokenType.EndArray:
                writer.WriteEndArray();
                break;
            case JsonTokenType.String:
                writer.WriteStringValue(reader.GetString());
                break;
            case JsonTokenType.Number:
                writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                break;
            case JsonTokenType.True or JsonTokenType.False:
                writer.WriteBooleanValue(reader.GetBoolean());
                break;
            case JsonTokenType.Null:
                writer.WriteNullValue();
                break;
        }

        return false;
    }

    private static string MaskForm(string form) => string.Join('&', form.Split('&').Select(pair =>
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        var name = Uri.UnescapeDataString((equals < 0 ? pair : pair[..equals]).Replace('+', ' '));
        return equals >= 0 && SecretFields.Contains(name) ? pair[..equals] + "=" + SecretRedactor.Mask : pair;
    }));

    // Not an API answer (a proxy's login page, an error page): what it is, not all of it.
    private static string Summary(byte[] body, string mediaType)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 8192));
        var plain = Whitespace().Replace(Markup().Replace(text, " "), " ").Trim();
        var first = plain.Length > 120 ? string.Concat(plain.AsSpan(0, 120), "…") : plain;
        return string.Create(CultureInfo.InvariantCulture,
            $"({(mediaType.Length == 0 ? "no content type" : mediaType)}, {body.Length} bytes) {(first.Length == 0 ? "" : "begins: " + first)}").TrimEnd();
    }

    [GeneratedRegex(@"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
