using System.Text.Json;

namespace TalksBot.Core.Loading;

/// <summary>Reads one JSON object field by field and reports any problem with the file, the item
/// (e.g. "statement 'fomin-1'") and the field name. Unknown fields are refused, as in the schema.</summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement _element;
    private readonly string _file;
    private readonly string? _item;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public JsonObjectReader(JsonElement element, string file, string? item)
    {
        _file = file;
        _item = item;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Fail(null, "expected a JSON object, found " + Describe(element.ValueKind));
        }

        _element = element;
    }

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

        return [.. value.Value.EnumerateArray()];
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
        return new JsonObjectReader(value, _file, _item ?? name);
    }

    public IEnumerable<JsonProperty> Properties() => _element.EnumerateObject();

    /// <summary>Refuses fields the schema does not define; call after reading the known ones.</summary>
    public void RejectUnknownFields()
    {
        foreach (var property in _element.EnumerateObject())
        {
            if (!_known.Contains(property.Name))
            {
                throw Fail(property.Name, "is not a field of this format");
            }
        }
    }

    public DataValidationException Fail(string? field, string problem) =>
        DataValidationException.At(_file, _item, field, problem);

    private JsonElement? Get(string name, bool present)
    {
        _known.Add(name);
        if (_element.TryGetProperty(name, out var value))
        {
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
