using System.Text.Json.Serialization;

namespace TalksBot.Core.Evaluation;

/// <summary>A labelled conversation (one JSON line <c>{"turns":[…]}</c>): its turns are asked in order in one conversation.</summary>
public sealed record EvalConversation([property: JsonPropertyName("turns")] IReadOnlyList<EvalQuestion> Turns);
