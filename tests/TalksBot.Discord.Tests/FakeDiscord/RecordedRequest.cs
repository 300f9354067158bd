using System.Text.Json;

namespace TalksBot.Discord.Tests.FakeDiscord;

/// <summary>One REST request as the fake Discord received it; <see cref="Path"/> is relative to /api/v10/.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset ReceivedAt)
{
    /// <summary>The status the fake answered with; 0 for a request it left hanging.</summary>
    public int Status { get; init; }

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool HasJson => Body.Length > 0;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
