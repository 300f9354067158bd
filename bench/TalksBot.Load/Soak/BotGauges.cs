using System.Globalization;

namespace TalksBot.Load.Soak;

/// <summary>What a bot's <c>/metrics</c> says of its memory: the GC's committed memory after the last collection
/// and the entries of its bounded in-memory stores (<c>talksbot_memory_entries</c>, by store).</summary>
public sealed record BotGauges(double? GcCommittedMegabytes, IReadOnlyDictionary<string, long> Entries)
{
    private const string Committed = "dotnet_gc_last_collection_memory_committed_size_bytes";
    private const string EntriesName = "talksbot_memory_entries{";

    public static BotGauges None { get; } = new(null, new Dictionary<string, long>());

    public static async Task<BotGauges> ReadAsync(HttpClient http, Uri bot)
    {
        try
        {
            return Parse(await http.GetStringAsync(new Uri(bot, "/metrics")));
        }
        catch (HttpRequestException)
        {
            return None;
        }
    }

    public static BotGauges Parse(string exposition)
    {
        double? committed = null;
        var entries = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in exposition.Split('\n'))
        {
            if (line.StartsWith(Committed, StringComparison.Ordinal))
            {
                committed = Value(line) / (1024 * 1024);
            }
            else if (line.StartsWith(EntriesName, StringComparison.Ordinal) && Label(line, "store") is { } store)
            {
                entries[store] = (long)Value(line);
            }
        }

        return new BotGauges(committed, entries);
    }

    /// <summary>"conversations 10000, follow_ups 4128, rated_answers 10000".</summary>
    public string EntriesText() => string.Join(", ", Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} {e.Value}"));

    private static double Value(string line) => double.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture);

    private static string? Label(string line, string name)
    {
        var start = line.IndexOf(name + "=\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += name.Length + 2;
        return line[start..line.IndexOf('"', start)];
    }
}
