using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StackExchange.Redis;

namespace TalksBot.State.Redis;

/// <summary>Values kept in Redis as JSON. One that no longer reads (written by another version of the bot)
/// counts as absent rather than failing the message that needed it.</summary>
internal static class StoredJson
{
    public static RedisValue Write<T>(T value, JsonTypeInfo<T> json) => JsonSerializer.Serialize(value, json);

    public static T? Read<T>(RedisValue value, JsonTypeInfo<T> json)
        where T : class
    {
        if (!value.HasValue)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize((string)value!, json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
