using System.Text.Json;

namespace TalksBot.Discord.Payloads;

/// <summary>Writes <c>{"type":…,"data":…}</c>; <c>data</c> is a message or <c>{"choices":[…]}</c>.</summary>
internal static class InteractionResponseWriter
{
    public static byte[] ToUtf8Json(InteractionResponse response)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("type", response.Type);
            if (response.Message is { } message)
            {
                writer.WritePropertyName("data");
                JsonSerializer.Serialize(writer, message, DiscordJsonContext.Default.MessagePayload);
            }
            else if (response.Choices is { } choices)
            {
                writer.WritePropertyName("data");
                writer.WriteStartObject();
                writer.WritePropertyName("choices");
                JsonSerializer.Serialize(writer, choices, DiscordJsonContext.Default.IReadOnlyListAutocompleteChoice);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
