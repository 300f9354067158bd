namespace TalksBot.Core.Semantic;

/// <summary>Turns text into unit-length sentence vectors (a dot product is the cosine). The model
/// lives outside Core (TalksBot.Semantic); Core answers lexically when there is none.</summary>
public interface ISentenceEmbedder
{
    float[] EmbedQuestion(string question);

    /// <summary>One vector per text, in order. Implementations may keep them across restarts.</summary>
    float[][] EmbedStatements(IReadOnlyList<string> texts);
}
