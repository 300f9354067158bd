using System.Text.Json;

namespace TalksBot.Slack.Tests.Support;

/// <summary>Reads what a Slack client would display from a recorded message body.</summary>
public static class SlackJson
{
    /// <summary>Every string under a "text" property, anywhere in the payload (top-level text, blocks, elements).</summary>
    public static IReadOnlyList<string> Texts(JsonElement element)
    {
        var texts = new List<string>();
        Collect(element, texts);
        return texts;
    }

    public static string AllText(JsonElement element) => string.Join("\n", Texts(element));

    private static void Collect(JsonElement element, List<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "text" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        texts.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        Collect(property.Value, texts);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, texts);
                }

                break;
        }
    }
}
