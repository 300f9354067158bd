using TalksBot.Core.Chat;
using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Evaluation;

/// <summary>Asks a labelled conversation's turns in order in one conversation of the router and scores
/// each like a single question; a turn that names its own subject is also asked alone, to see
/// whether the conversation changed its reply.</summary>
public static class ConversationRunner
{
    public static async Task<IReadOnlyList<TurnOutcome>> RunAsync(
        ICommandRouter router, EvalConversation conversation, KnowledgeBase knowledge, string surface, CancellationToken cancellationToken = default)
    {
        var id = surface + ":" + Guid.NewGuid().ToString("N");
        var outcomes = new List<TurnOutcome>(conversation.Turns.Count);
        foreach (var turn in conversation.Turns)
        {
            var reply = await router.RouteAsync(new ChatMessage(turn.Question, surface, ConversationId: id), cancellationToken);
            var changed = false;
            if (!turn.FollowUp)
            {
                var alone = await router.RouteAsync(new ChatMessage(turn.Question, surface), cancellationToken);
                changed = !SameReply(reply, alone);
            }

            outcomes.Add(new TurnOutcome(ReplyScorer.Score(turn, reply, knowledge), changed));
        }

        return outcomes;
    }

    private static bool SameReply(Reply a, Reply b) =>
        a.Kind == b.Kind && a.Citations.SequenceEqual(b.Citations) && a.Items.SequenceEqual(b.Items);
}
