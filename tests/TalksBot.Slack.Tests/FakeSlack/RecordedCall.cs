using System.Text.Json;

namespace TalksBot.Slack.Tests.FakeSlack;

/// <summary>One request the bot made to the fake Slack: a Web API method or a response_url post, and the
/// HTTP status the fake answered it with.</summary>
public sealed record RecordedCall(string Method, string? Authorization, string? ContentType, string Body, int Status = 200)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Field(string name) => Json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
