using System.Text.Json.Serialization;
using TalksBot.Core.Conversation;
using TalksBot.Core.Feedback;
using TalksBot.Core.Query;

namespace TalksBot.State;

/// <summary>What shared state keeps in Redis, as JSON (enums by name, so a reordered enum does not change a stored value).</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(ConversationTurn))]
[JsonSerializable(typeof(IReadOnlyList<Citation>))]
[JsonSerializable(typeof(RatedAnswer))]
[JsonSerializable(typeof(FeedbackVote))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
