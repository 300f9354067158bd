using System.Text.Json.Serialization;

namespace TalksBot.Core.Evaluation;

/// <summary>One labelled question in the shared question-set form (JSON Lines):
/// <c>{"q","kind":"answer"|"abstain","who":[…],"says":[…],"top":bool}</c>.</summary>
/// <param name="Question">The message as a user typed it.</param>
/// <param name="Kind"><c>answer</c> when the coverage answers it; <c>abstain</c> when the right reply cites nothing.</param>
/// <param name="Who">Acceptable speakers of the right citation (any one); empty when any speaker will do.</param>
/// <param name="Says">Verbatim fragments of the quote that must be cited (any one); empty when any citation will do.</param>
/// <param name="Top">True when the right citation must be the first one shown, not just on the first page.</param>
/// <param name="FollowUp">In a conversation (<see cref="EvalConversation"/>): the turn can only be answered from the
/// turns before it; false when it names its own subject. Not written when false.</param>
public sealed record EvalQuestion(
    [property: JsonPropertyName("q")] string Question,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("who")] IReadOnlyList<string>? Who = null,
    [property: JsonPropertyName("says")] IReadOnlyList<string>? Says = null,
    [property: JsonPropertyName("top")] bool Top = false,
    [property: JsonPropertyName("follow_up"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool FollowUp = false)
{
    [JsonIgnore]
    public bool ShouldAnswer => Kind == "answer";
}
