using System.Text.Json.Serialization;

namespace TalksBot.Core.Feedback;

/// <summary>One line of the feedback file.</summary>
internal sealed record FeedbackLine(
    DateTimeOffset Time,
    string Answer,
    string User,
    string Vote,
    string? Reason,
    string? Question,
    bool Answered,
    IReadOnlyList<string> Statements,
    string Platform);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(FeedbackLine))]
internal sealed partial class FeedbackJsonContext : JsonSerializerContext;
