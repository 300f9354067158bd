using TalksBot.Core.Semantic;

namespace TalksBot.Core.Tests.Semantic;

/// <summary>Every statement gets its own axis; the question lies on the axis of the statement that
/// holds <paramref name="quote"/>, at the given cosine.</summary>
internal sealed class PointingEmbedder(string question, string quote, float similarity = 0.9f) : ISentenceEmbedder
{
    private int _target = -1;
    private int _dimensions = 1;

    public float[] EmbedQuestion(string text)
    {
        var vector = new float[_dimensions];
        if (text == question && _target >= 0)
        {
            vector[_target] = similarity;
            vector[^1] = MathF.Sqrt(1 - (similarity * similarity));
        }

        return vector;
    }

    public float[][] EmbedStatements(IReadOnlyList<string> texts)
    {
        _dimensions = texts.Count + 1;
        _target = texts.ToList().FindIndex(t => t.EndsWith(quote, StringComparison.Ordinal));
        return [.. texts.Select((_, i) => { var v = new float[_dimensions]; v[i] = 1; return v; })];
    }
}
