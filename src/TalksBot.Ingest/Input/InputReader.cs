using System.Text;

namespace TalksBot.Ingest.Input;

/// <summary>Reads an article file as strict UTF-8 text, refusing what cannot be an article before parsing it.</summary>
internal static class InputReader
{
    /// <summary>Largest file accepted. A long news article is well under 1 MB even as a full HTML page.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadFile(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new IngestRefusedException($"{path}: file not found");
        }

        if (file.Length > MaxBytes)
        {
            throw new IngestRefusedException(
                $"{path}: {file.Length:N0} bytes is larger than the {MaxBytes / (1024 * 1024)} MB limit for one article");
        }

        return Decode(path, File.ReadAllBytes(path));
    }

    public static string Decode(string name, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            throw new IngestRefusedException($"{name}: larger than the {MaxBytes / (1024 * 1024)} MB limit for one article");
        }

        if (bytes.StartsWith(StrictUtf8.Preamble))
        {
            bytes = bytes[StrictUtf8.Preamble.Length..];
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new IngestRefusedException($"{name}: binary file (contains NUL bytes), expected plain text or HTML");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new IngestRefusedException($"{name}: not valid UTF-8 (bad byte at offset {e.Index}); save the article as UTF-8");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new IngestRefusedException($"{name}: the file is empty");
        }

        if (ControlCharacterShare(text) > 0.02)
        {
            throw new IngestRefusedException($"{name}: binary file (too many control characters), expected plain text or HTML");
        }

        return text;
    }

    private static double ControlCharacterShare(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        return (double)control / text.Length;
    }
}
