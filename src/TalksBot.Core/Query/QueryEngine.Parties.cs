using TalksBot.Core.Conversation;
using TalksBot.Core.Index;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Semantic;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>Questions about a party the data quotes no one as ("what did the Americans say").</summary>
public sealed partial class QueryEngine
{
    /// <summary>"what did the Americans say about the pledge", where no speaker is "the Americans": the party's quoted
    /// members (everyone whose name, role or affiliation says the country) answer for it; null when the word names no
    /// party with quoted members.</summary>
    private static Answer? ByParty(KnowledgeIndex index, ParsedQuestion question, string named, string text, SemanticSearch semantic, DecisionParameters decision)
    {
        if (Parties.OfWord(index, named) is not { } members)
        {
            return null;
        }

        var own = members.Select(id => index.Actors[id].Entries.Where(e => index.Statements[e].Statement.Speaker == id).ToList()).ToList();
        var nameWords = Tokenizer.Tokenize(named).Select(t => t.Word).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var topic = question.Units.Where(u => !nameWords.Contains(u.Word)).ToList();
        if (topic.Count == 0)
        {
            // "what did the Americans say": each member's first statement.
            return Answered(index, question, WithDisputes(index, [.. own.Where(e => e.Count > 0).Take(MaxCitations).Select(e => new RankedStatement(index.Statements[e[0]], 1, 1))]), null);
        }

        List<int> entries = [.. own.SelectMany(e => e).Distinct().Order()];
        var ranked = StatementRanker.Rank(index, question, topic, entries);
        var minCoverage = MinCoverage(topic.Count);
        if (ranked.Count > 0 && ranked[0].Coverage >= minCoverage)
        {
            // As for one speaker: a quote the article's account sums up answers in its place.
            QuotedAccount.MergeRestatedAccounts(semantic, ranked, minCoverage * 0.75);
            return Answered(index, question, WithDisputes(index, QuotedAccount.QuoteFirst(index, question, semantic, Select(question, ranked, minCoverage))), null);
        }

        // As for one speaker: "what did the Americans say about the Russian pledge" is answered by their statements disputing
        // it, else by the one nearest in meaning; else the party is quoted, only not on that.
        if (Reactions(index, entries, topic, minCoverage) is { Count: > 0 } reactions)
        {
            return Answered(index, question, WithDisputes(index, reactions), null);
        }

        // "how did Rwanda respond to the ruling": words that name the story the party's people spoke in.
        if (InTheirStory(index, question, entries, topic, CoverageTopics(index, topic)) is { Count: > 0 } story)
        {
            return Answered(index, question, WithDisputes(index, story), null);
        }

        var near = ByMeaning(index, question, text, semantic, decision, entries.ToHashSet(), topic);
        return near.Count > 0
            ? Answered(index, question, WithDisputes(index, near), null)
            : new Answer(false, AnswerWriter.PartyNotOnTopic(named, members.Select(id => index.Actors[id].Name)), []) { Suggestions = Suggestions.For(index) };
    }

    /// <summary>The word naming who speaks in "what did the Russians say overall" (right before the verb of saying), when it names a
    /// side the data quotes no one as; null otherwise ("tl;dr on Russia" asks about Russia).</summary>
    internal static string? SideSpeaking(KnowledgeIndex index, ParsedQuestion question) =>
        question.UnknownSpeaker ?? (question.WordBeforeSaying is { } speaker
            && question.Units.Any(u => u.Actor is null && string.Equals(u.Word, speaker, StringComparison.OrdinalIgnoreCase))
            && Conversation.Parties.OfWord(index, speaker) is not null ? speaker : null);
}
