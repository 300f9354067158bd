using System.Text.Json.Serialization;

namespace TalksBot.Core.Evaluation;

[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(EvalQuestion))]
[JsonSerializable(typeof(EvalConversation))]
internal sealed partial class EvalJsonContext : JsonSerializerContext;
