using TalksBot.Core.Index;
using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Query;

/// <summary>"is Podolyak married", "how old is Medinsky", "what did Medinsky have for breakfast": the coverage
/// knows only which person the question is about, and what it asks of them ("married") is an ordinary word no
/// statement holds. No verb of saying or word of stance ("reaction", "skeptical", "job") asks for their words in
/// general, so quoting the person's nearest statement would answer something that was not asked. A party is left
/// to the coverage rule: what a country or army does ("did Russia pull back") is what the coverage
/// reports.</summary>
internal static class ActorOnly
{
    public static CorpusActor? Holds(KnowledgeIndex index, ParsedQuestion question)
    {
        if (question.HasSpeechVerb)
        {
            return null;
        }

        var known = question.Units.Where(u => u.IsKnown).ToList();
        var actors = known.Where(u => u.Actor is not null).Select(u => u.Actor!).Distinct().ToList();
        return actors.Count > 0 && actors.All(a => a.Actor.Kind == ActorKind.Person)
            && question.Units.Any(u => !u.IsKnown && !u.IsNotable && u.Actor is null && !u.IsForeign)
            && !question.Units.Any(u => index.StanceWords.Contains(u.Word.ToLowerInvariant()))
            && known.All(u => u.Actor is not null || u.Alternatives.Any(term => SettingOnly.IsSetting(index, term)))
            ? actors[0]
            : null;
    }
}
