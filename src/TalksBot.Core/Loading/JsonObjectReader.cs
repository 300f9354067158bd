using System.Text.Json;

namespace TalksBot.Core.Loading;

/// <summary>Reads one JSON object field by field and reports any problem with the file, the item
/// (e.g. "statement 'fomin-1'") and the field name. Unknown fields are refused, as in the schema.</summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement _element;
    private readonly string _file;
    private readonly string? _item;

    /// <summary>For an array entry, the kind of item and its position: its name ("statement 'fomin-1'")
    /// is only worked out when there is a problem to report.</summary>
    private readonly (string What, int Index)? _entry;

    /// <summary>The fields read so far (a handful per object, so a list beats a set).</summary>
    private readonly List<string> _known = new(12);

    /// <summary>How many of the fields read so far the object has.</summary>
    private int _present;

    public JsonObjectReader(JsonElement element, string file, string? item)
        : this(element, file, item, entry: null)
    {
    }

    /// <summary>A reader for entry <paramref name="index"/> of an array of <paramref name="what"/>s.</summary>
    public JsonObjectReader(JsonElement element, string file, string what, int index)
        : this(element, file, item: null, (what, index))
    {
    }

    private JsonObjectReader(JsonElement element, string file, string? item, (string What, int Index)? entry)
    {
        _element = element;
        _file = file;
        _item = item;
        _entry = entry;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Fail(null, "expected a JSON object, found " + Describe(element.ValueKind));
        }
    }

    private string? Item => _entry is var (what, index) ? EntryName(what, index) : _item;

    public string RequiredString(string name)
    {
        var value = OptionalString(name, present: true);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Fail(name, "must not be empty");
        }

        return value;
    }

    /// <summary>A string that must be present but may be null.</summary>
    public string? NullableString(string name) => OptionalString(name, present: true);

    public string? OptionalString(string name, bool present = false)
    {
        var value = Get(name, present);
        return value?.ValueKind switch
        {
            null or JsonValueKind.Null => null,
            JsonValueKind.String => value.Value.GetString(),
            var kind => throw Fail(name, "expected a string, found " + Describe(kind.Value)),
        };
    }

    public bool OptionalBool(string name)
    {
        var value = Get(name, present: false);
        return value?.ValueKind switch
        {
            null or JsonValueKind.Null => false,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            var kind => throw Fail(name, "expected true or false, found " + Describe(kind.Value)),
        };
    }

    public int RequiredInt(string name)
    {
        var value = Get(name, present: true)!.Value;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            throw Fail(name, "expected a whole number, found " + Describe(value.ValueKind));
        }

        return number;
    }

    public IReadOnlyList<JsonElement> Array(string name, bool required)
    {
        var value = Get(name, required);
        if (value is null || (!required && value.Value.ValueKind == JsonValueKind.Null))
        {
            return [];
        }

        if (value.Value.ValueKind != JsonValueKind.Array)
        {
            throw Fail(name, "expected an array, found " + Describe(value.Value.ValueKind));
        }

        var items = new JsonElement[value.Value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.Value.EnumerateArray())
        {
            items[i++] = item;
        }

        return items;
    }

    public IReadOnlyList<string> StringArray(string name, bool required)
    {
        var items = Array(name, required);
        var result = new List<string>(items.Count);
        foreach (var item in items)
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                throw Fail(name, "every entry must be a non-empty string");
            }

            result.Add(item.GetString()!);
        }

        return result;
    }

    public JsonObjectReader Object(string name)
    {
        var value = Get(name, present: true)!.Value;
        return new JsonObjectReader(value, _file, Item ?? name);
    }

    public IEnumerable<JsonProperty> Properties() => _element.EnumerateObject();

    /// <summary>Refuses fields the schema does not define; call after reading the known ones.</summary>
    public void RejectUnknownFields()
    {
        // Each known field counts once when read, so an object with no more fields than that has no
        // unknown one; only otherwise are the names compared.
        if (_element.GetPropertyCount() == _present)
        {
            return;
        }

        foreach (var property in _element.EnumerateObject())
        {
            if (!IsKnown(property))
            {
                throw Fail(property.Name, "is not a field of this format");
            }
        }
    }

    private bool IsKnown(JsonProperty property)
    {
        foreach (var name in _known)
        {
            if (property.NameEquals(name))
            {
                return true;
            }
        }

        return false;
    }

    private string EntryName(string what, int index) =>
        _element.ValueKind == JsonValueKind.Object && _element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? $"{what} '{id.GetString()}'"
            : $"{what} #{index + 1}";

    public DataValidationException Fail(string? field, string problem) =>
        DataValidationException.At(_file, Item, field, problem);

    private JsonElement? Get(string name, bool present)
    {
        var firstRead = !_known.Contains(name);
        if (firstRead)
        {
            _known.Add(name);
        }

        if (_element.TryGetProperty(name, out var value))
        {
            _present += firstRead ? 1 : 0;
            return value;
        }

        return present ? throw Fail(name, "is required but missing") : null;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString(),
    };
}
