using TalksBot.Core.Index;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>"the mayor of Kyiv", "Kyiv's mayor" when the coverage quotes only Chernihiv's mayor: a role word
/// that names a quoted actor, tied to a place that actor is not of, names someone the coverage does not quote.</summary>
internal static class RoleOfAnotherPlace
{
    /// <summary>Removes such actor matches, so the question is about someone unknown rather than the wrong person.</summary>
    public static void Remove(KnowledgeIndex index, List<TextToken> tokens, List<ConceptMatch> matches)
    {
        var places = matches.Where(m => index.Concepts[m.Concept].Kind == ConceptKind.Place).ToList();
        matches.RemoveAll(role => index.Concepts[role.Concept].Kind == ConceptKind.Actor
            && IsRoleWords(index, tokens, role)
            && places.Exists(place => Qualifies(tokens, place, role) && !index.ActorsByConcept[role.Concept].DescriptorContains(index.ConceptTermId(place.Concept))));
    }

    /// <summary>The actor is named by ordinary words only ("mayor", "the governor"), not by a name.</summary>
    private static bool IsRoleWords(KnowledgeIndex index, List<TextToken> tokens, ConceptMatch match) =>
        tokens.Skip(match.Start).Take(match.Length).All(t => t.IsFunctionWord || index.Vocabulary.CommonWords.Contains(t.Word));

    /// <summary>"Kyiv's mayor", "Kyiv mayor", "mayor of (the) Kyiv …".</summary>
    private static bool Qualifies(List<TextToken> tokens, ConceptMatch place, ConceptMatch role)
    {
        var placeEnd = place.Start + place.Length;
        if (placeEnd == role.Start)
        {
            return true;
        }

        var roleEnd = role.Start + role.Length;
        return place.Start > roleEnd && tokens[roleEnd].Word == "of"
            && tokens.Skip(roleEnd + 1).Take(place.Start - roleEnd - 1).All(t => t.Word == "the");
    }
}
