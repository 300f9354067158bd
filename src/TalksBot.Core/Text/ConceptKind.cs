namespace TalksBot.Core.Text;

/// <summary>What a concept found in text stands for.</summary>
internal enum ConceptKind
{
    /// <summary>A group of words that mean the same (vocabulary synonyms).</summary>
    Synonym,

    /// <summary>A vocabulary topic, found by its terms.</summary>
    Topic,

    /// <summary>An actor, found by name or alias.</summary>
    Actor,

    /// <summary>A place, found by name or alias.</summary>
    Place,

    /// <summary>A cue that a text answers when, where or why.</summary>
    AnswerType,
}
