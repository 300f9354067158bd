using TalksBot.Core.Semantic;

namespace TalksBot.Core.Tests.Semantic;

/// <summary>Statement vectors held as signed bytes: cosines stay within a small bound of float32's.</summary>
public sealed class StatementVectorsTests
{
    private const int Dimensions = 384;

    [Fact]
    public void Cosines_StayWithinTwoThousandthsOfFloat32()
    {
        var random = new Random(7);
        var statements = Enumerable.Range(0, 200).Select(_ => UnitVector(random)).ToArray();
        var questions = Enumerable.Range(0, 20).Select(_ => UnitVector(random)).ToArray();

        var compact = StatementVectors.From(statements);

        Assert.Equal(statements.Length, compact.Count);
        foreach (var question in questions)
        {
            for (var row = 0; row < statements.Length; row++)
            {
                var exact = question.Zip(statements[row], (a, b) => (double)a * b).Sum();
                Assert.InRange(compact.Dot(question, row) - exact, -0.002, 0.002);
            }
        }
    }

    [Fact]
    public void AxisAndZeroVectors_AreExact()
    {
        var compact = StatementVectors.From([[0, 1, 0], [0, 0, 0], [0.6f, 0, -0.8f]]);

        Assert.Equal(0.5, compact.Dot([0, 0.5f, 0], 0), 6);
        Assert.Equal(0, compact.Dot([1, 1, 1], 1));
        Assert.Equal(-0.8, compact.Dot([0, 0, 1], 2), 6);
    }

    private static float[] UnitVector(Random random)
    {
        var vector = Enumerable.Range(0, Dimensions).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
        var length = MathF.Sqrt(vector.Sum(v => v * v));
        return [.. vector.Select(v => v / length)];
    }
}
