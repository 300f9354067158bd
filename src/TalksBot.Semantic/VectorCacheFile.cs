using System.Security.Cryptography;
using System.Text;

namespace TalksBot.Semantic;

/// <summary>Statement vectors kept beside the data, keyed by a hash of the embedded text, so a
/// start or a reload embeds only new or changed statements. Format: "TBV1", dimensions, count, then
/// per entry a 16-byte key and the floats. A file that does not read back is ignored and rewritten.</summary>
internal sealed class VectorCacheFile(string path)
{
    private static readonly byte[] Magic = "TBV1"u8.ToArray();

    public string Path => path;

    public Dictionary<UInt128, float[]> Read()
    {
        var vectors = new Dictionary<UInt128, float[]>();
        if (!File.Exists(path))
        {
            return vectors;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                return vectors;
            }

            var dimensions = reader.ReadInt32();
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
                var vector = new float[dimensions];
                for (var d = 0; d < dimensions; d++)
                {
                    vector[d] = reader.ReadSingle();
                }

                vectors[key] = vector;
            }
        }
        catch (EndOfStreamException)
        {
            vectors.Clear();
        }

        return vectors;
    }

    /// <summary>Writes a temporary file and renames it over the old one: a reader never sees half a file.</summary>
    public void Write(IReadOnlyDictionary<UInt128, float[]> vectors)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            writer.Write(Magic);
            writer.Write(vectors.Values.FirstOrDefault()?.Length ?? 0);
            writer.Write(vectors.Count);
            foreach (var (key, vector) in vectors.OrderBy(p => p.Key))
            {
                writer.Write((ulong)(key >> 64));
                writer.Write((ulong)key);
                foreach (var value in vector)
                {
                    writer.Write(value);
                }
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    public static UInt128 KeyOf(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return new UInt128(BitConverter.ToUInt64(hash[..8]), BitConverter.ToUInt64(hash[8..16]));
    }
}
