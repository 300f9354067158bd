using System.Globalization;
using System.Text.Json;
using TalksBot.Ingest.Input;
using TalksBot.Ingest.Serialization;

namespace TalksBot.Ingest.Evaluation;

/// <summary>Reads a labelled corpus folder: <c>*.txt</c> articles that open with <c>URL:</c>, <c>PUBLISHER:</c> and
/// <c>DATE:</c> lines and a blank line, and <c>labels.jsonl</c> with one <see cref="QuoteLabel"/> per line.</summary>
public static class LabelledCorpusReader
{
    public const string LabelsFile = "labels.jsonl";

    /// <exception cref="IngestRefusedException">The folder, an article header or a label line is not readable.</exception>
    public static IReadOnlyList<LabelledArticle> Read(string folder)
    {
        var labelsPath = Path.Combine(folder, LabelsFile);
        if (!File.Exists(labelsPath))
        {
            throw new IngestRefusedException($"{folder}: no {LabelsFile} with the hand labels");
        }

        var labels = ReadLabels(labelsPath);
        return [.. Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(path =>
        {
            var file = Path.GetFileName(path);
            var (body, options) = SplitHeader(file, InputReader.ReadFile(path));
            return new LabelledArticle(file, body, options, [.. labels.Where(l => l.Article == file)]);
        })];
    }

    private static List<QuoteLabel> ReadLabels(string path)
    {
        var labels = new List<QuoteLabel>();
        foreach (var (line, number) in File.ReadLines(path).Select((l, i) => (l, i + 1)).Where(x => x.l.Trim().Length > 0))
        {
            try
            {
                labels.Add(JsonSerializer.Deserialize(line, IngestJsonContext.Default.QuoteLabel)
                    ?? throw new JsonException("null label"));
            }
            catch (JsonException e)
            {
                throw new IngestRefusedException($"{path}:{number}: not a label: {e.Message}");
            }
        }

        return labels;
    }

    /// <summary>The header lines become ingest options; the body after the first blank line is kept byte for byte.</summary>
    private static (string Body, IngestOptions Options) SplitHeader(string file, string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var blank = normalized.IndexOf("\n\n", StringComparison.Ordinal);
        if (blank < 0)
        {
            throw new IngestRefusedException($"{file}: no blank line after the URL/PUBLISHER/DATE header");
        }

        string? publisher = null;
        DateOnly? date = null;
        Uri? url = null;
        foreach (var line in normalized[..blank].Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var value = colon < 0 ? "" : line[(colon + 1)..].Trim();
            switch (colon < 0 ? "" : line[..colon].Trim().ToUpperInvariant())
            {
                case "URL" when Uri.TryCreate(value, UriKind.Absolute, out var u):
                    url = u;
                    break;
                case "PUBLISHER" when value.Length > 0:
                    publisher = value;
                    break;
                case "DATE" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d):
                    date = d;
                    break;
                default:
                    throw new IngestRefusedException($"{file}: header line '{line}' is not URL:, PUBLISHER: or DATE: with a valid value");
            }
        }

        return (normalized[(blank + 2)..], new IngestOptions(publisher, date, url, null, file));
    }
}
