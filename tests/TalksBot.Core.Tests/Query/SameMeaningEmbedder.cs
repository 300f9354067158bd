using TalksBot.Core.Semantic;

namespace TalksBot.Core.Tests.Query;

/// <summary>Every text its own direction, except that a text holding <paramref name="quote"/> points
/// the way <paramref name="account"/> does.</summary>
internal sealed class SameMeaningEmbedder(string account, string quote) : ISentenceEmbedder
{
    private const int Dimensions = 64;

    public float[] EmbedQuestion(string text)
    {
        var vector = new float[Dimensions];
        if (text == account || text.Contains(quote, StringComparison.Ordinal))
        {
            vector[0] = 1;
        }
        else
        {
            vector[1 + ((text.GetHashCode(StringComparison.Ordinal) & int.MaxValue) % (Dimensions - 1))] = 1;
        }

        return vector;
    }

    public float[][] EmbedStatements(IReadOnlyList<string> texts) => [.. texts.Select(_ => new float[Dimensions])];
}
