using TalksBot.Core.Index;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>"what's the weather in Chernihiv today", "population of Kyiv?", "train from Kyiv to Istanbul":
/// the coverage knows only where and when the question is set, and the thing it asks about ("weather")
/// is an ordinary word no statement contains. The coverage does not answer it, however well a statement
/// matches the place. Who-questions and yes/no questions are left to the coverage rule: their odd word is
/// more often the asker's idiom ("who brought up the Donbas", "is Crimea on the table").</summary>
internal static class SettingOnly
{
    public static bool Holds(KnowledgeIndex index, ParsedQuestion question)
    {
        if (question.Intent is QuestionIntent.Who or QuestionIntent.YesNo)
        {
            return false;
        }

        var known = question.Units.Where(u => u.IsKnown).ToList();
        return known.Count > 0
            && question.Units.Any(u => !u.IsKnown && !u.IsNotable && u.Actor is null && !u.IsForeign)
            && known.All(u => u.Actor is null && (u.Alternatives.Any(term => IsSetting(index, term)) || IsTimeWord(index, u.Word)));
    }

    /// <summary>"today", "march": a word for a time of the vocabulary's answer types, which sets the question in time.</summary>
    private static bool IsTimeWord(KnowledgeIndex index, string word) =>
        index.Vocabulary.AnswerTypes.TryGetValue("when", out var times) && times.Contains(word.ToLowerInvariant());

    public static bool IsSetting(KnowledgeIndex index, int term) =>
        index.ConceptOfTerm(term)?.Kind is ConceptKind.Place or ConceptKind.AnswerType;
}
