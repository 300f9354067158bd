using System.Numerics;

namespace TalksBot.Core.Semantic;

/// <summary>The statement vectors of one snapshot in one block, each dimension a signed byte scaled by
/// its vector's largest component: a quarter of the memory of float32 and of the bytes a scan reads
/// (10,000 articles: ~85 MB instead of ~330 MB). A cosine moves by about 0.0005 (README, "Speed and
/// memory"); the dot product is taken with the float32 question vector.</summary>
internal sealed class StatementVectors
{
    private const float Levels = 127f;

    private readonly sbyte[] _values;
    private readonly float[] _scales;
    private readonly int _dimensions;

    private StatementVectors(sbyte[] values, float[] scales, int dimensions)
    {
        _values = values;
        _scales = scales;
        _dimensions = dimensions;
    }

    public int Count => _scales.Length;

    public static StatementVectors From(float[][] vectors)
    {
        var dimensions = vectors.Length == 0 ? 0 : vectors[0].Length;
        var values = new sbyte[vectors.Length * dimensions];
        var scales = new float[vectors.Length];
        for (var row = 0; row < vectors.Length; row++)
        {
            var vector = vectors[row];
            var largest = 0f;
            foreach (var value in vector)
            {
                largest = Math.Max(largest, Math.Abs(value));
            }

            scales[row] = largest / Levels;
            var into = values.AsSpan(row * dimensions, dimensions);
            for (var d = 0; d < dimensions; d++)
            {
                into[d] = largest == 0 ? (sbyte)0 : (sbyte)MathF.Round(vector[d] / largest * Levels);
            }
        }

        return new StatementVectors(values, scales, dimensions);
    }

    /// <summary>The dot product of <paramref name="query"/> with the vector of statement <paramref name="row"/>
    /// (the cosine, both being unit length).</summary>
    public double Dot(float[] query, int row)
    {
        var values = _values.AsSpan(row * _dimensions, _dimensions);
        var length = Math.Min(query.Length, _dimensions);
        var width = Vector<sbyte>.Count;
        var floats = Vector<float>.Count;
        var sums = Vector<float>.Zero;
        var i = 0;
        for (; i <= length - width; i += width)
        {
            Vector.Widen(new Vector<sbyte>(values[i..]), out var low, out var high);
            Vector.Widen(low, out var a, out var b);
            Vector.Widen(high, out var c, out var d);
            sums += (Vector.ConvertToSingle(a) * new Vector<float>(query, i))
                + (Vector.ConvertToSingle(b) * new Vector<float>(query, i + floats))
                + (Vector.ConvertToSingle(c) * new Vector<float>(query, i + (2 * floats)))
                + (Vector.ConvertToSingle(d) * new Vector<float>(query, i + (3 * floats)));
        }

        var sum = Vector.Sum(sums);
        for (; i < length; i++)
        {
            sum += values[i] * query[i];
        }

        return sum * _scales[row];
    }
}
