using System.Text.Json.Serialization;

namespace TalksBot.Core.Evaluation;

/// <summary>One turn of a labelled conversation: a labelled question (see <see cref="EvalQuestion"/>)
/// and whether it is a follow-up that needs the turns before it.</summary>
/// <param name="FollowUp">True when the turn can only be answered from the conversation so far; false when it names its own subject.</param>
public sealed record EvalTurn(
    [property: JsonPropertyName("q")] string Question,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("who")] IReadOnlyList<string>? Who = null,
    [property: JsonPropertyName("says")] IReadOnlyList<string>? Says = null,
    [property: JsonPropertyName("top")] bool Top = false,
    [property: JsonPropertyName("follow_up")] bool FollowUp = false)
{
    public EvalQuestion AsQuestion() => new(Question, Kind, Who, Says, Top);
}
