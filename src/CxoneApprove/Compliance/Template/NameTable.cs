namespace CxoneApprove.Compliance;

/// <summary>
/// The names a vocabulary is written with (in templates, policies and options) and the values they stand
/// for: one table per vocabulary, so parsing, printing and error messages can never disagree.
/// </summary>
internal sealed class NameTable<T>
    where T : struct, Enum
{
    private readonly (string Name, T Value)[] _entries;

    /// <summary>A table of <paramref name="entries"/>; the first name given for a value is the one printed.</summary>
    public NameTable(params (string Name, T Value)[] entries) => _entries = entries;

    /// <summary>The printed name of each value, for messages such as "one of sms, whatsapp" (other spellings left out).</summary>
    public IEnumerable<string> Names =>
        _entries.Where((e, i) => !_entries.Take(i).Any(p => EqualityComparer<T>.Default.Equals(p.Value, e.Value))).Select(e => e.Name);

    /// <summary>The value written <paramref name="name"/> (case-insensitive, surrounding spaces ignored).</summary>
    public bool TryParse(string? name, out T value)
    {
        var trimmed = name?.Trim();
        foreach (var (entry, entryValue) in _entries)
        {
            if (string.Equals(entry, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                value = entryValue;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The name <paramref name="value"/> is written with.</summary>
    public string Name(T value)
    {
        foreach (var (entry, entryValue) in _entries)
        {
            if (EqualityComparer<T>.Default.Equals(entryValue, value))
            {
                return entry;
            }
        }

        return value.ToString();
    }

    /// <summary>The names joined for a message: <c>a, b or c</c>.</summary>
    public string Choices(string conjunction = "or")
    {
        var names = Names.ToList();
        return names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names.Take(names.Count - 1))} {conjunction} {names[^1]}";
    }
}
