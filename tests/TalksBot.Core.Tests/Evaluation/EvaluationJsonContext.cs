using System.Text.Json.Serialization;

namespace TalksBot.Core.Tests.Evaluation;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(BlindQuestion))]
internal sealed partial class EvaluationJsonContext : JsonSerializerContext;
