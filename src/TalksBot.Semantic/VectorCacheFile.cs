using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace TalksBot.Semantic;

/// <summary>Statement vectors kept beside the data, keyed by a hash of the embedded text, so a
/// start or a reload embeds only new or changed statements. Format: "TBV1", dimensions, count, then
/// per entry a 16-byte key and the floats, all little-endian (read and written in bulk). A file that does not read back is ignored and rewritten.</summary>
internal sealed class VectorCacheFile(string path)
{
    private const int BufferBytes = 1 << 20;

    /// <summary>Texts up to this many UTF-8 bytes are hashed from the stack: 220,000 statements would
    /// otherwise leave as many byte arrays behind.</summary>
    private const int StackBytes = 1024;
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
            using var reader = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferBytes));
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                return vectors;
            }

            var dimensions = reader.ReadInt32();
            var count = reader.ReadInt32();
            vectors.EnsureCapacity(count);
            for (var i = 0; i < count; i++)
            {
                var key = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
                var vector = new float[dimensions];
                reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(vector.AsSpan()));
                if (!BitConverter.IsLittleEndian)
                {
                    var bits = MemoryMarshal.Cast<float, int>(vector.AsSpan());
                    BinaryPrimitives.ReverseEndianness(bits, bits);
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
        using (var writer = new BinaryWriter(new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, BufferBytes)))
        {
            writer.Write(Magic);
            writer.Write(vectors.Values.FirstOrDefault()?.Length ?? 0);
            writer.Write(vectors.Count);
            foreach (var (key, vector) in vectors.OrderBy(p => p.Key))
            {
                writer.Write((ulong)(key >> 64));
                writer.Write((ulong)key);
                if (BitConverter.IsLittleEndian)
                {
                    writer.Write(MemoryMarshal.AsBytes(vector.AsSpan()));
                    continue;
                }

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
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = length > StackBytes ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> utf8 = rented is null ? stackalloc byte[StackBytes] : rented;
            SHA256.HashData(utf8[..Encoding.UTF8.GetBytes(text, utf8)], hash);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        return new UInt128(BitConverter.ToUInt64(hash[..8]), BitConverter.ToUInt64(hash[8..16]));
    }
}
