using System.Globalization;

namespace TalksBot.Discord.Gateway;

/// <summary>Reads <c>Discord:ShardCount</c> ("auto" or a number) and which shards this process runs
/// (<c>Discord:ShardIds</c> as a list of ids and ranges, the older <c>Discord:ShardId</c>, or every shard).</summary>
internal static class ShardPlan
{
    public const string Auto = "auto";

    /// <summary>A bound on ids so that a mistyped range cannot make the bot list billions of shards.</summary>
    public const int MaxShardId = 99_999;

    public static bool IsAuto(string? count) => string.Equals(count?.Trim(), Auto, StringComparison.OrdinalIgnoreCase);

    /// <summary>A fixed count of at least 1; false for "auto" and for anything that is not a count.</summary>
    public static bool TryParseCount(string? value, out int count) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count >= 1;

    /// <summary>Parses "0,1", "4-7", "0-3,8" (ids 0 to <see cref="MaxShardId"/>, each range low to high) into distinct ids in order.</summary>
    public static bool TryParseIds(string value, out IReadOnlyList<int> ids)
    {
        var parsed = new SortedSet<int>();
        ids = [];
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length is < 1 or > 2
                || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var low)
                || !int.TryParse(bounds[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var high)
                || high < low
                || high > MaxShardId)
            {
                return false;
            }

            for (var id = low; id <= high; id++)
            {
                parsed.Add(id);
            }
        }

        ids = [.. parsed];
        return true;
    }

    /// <summary>The shards this process runs out of <paramref name="count"/>, or the reason the settings do not fit it.</summary>
    public static IReadOnlyList<int> Select(DiscordOptions options, int count, out string? problem)
    {
        problem = null;
        IReadOnlyList<int> ids = !string.IsNullOrWhiteSpace(options.ShardIds)
            ? TryParseIds(options.ShardIds, out var listed) ? listed : []
            : options.ShardId is { } single ? [single] : [.. Enumerable.Range(0, count)];
        if (ids.Count == 0 || ids[0] < 0 || ids[^1] >= count)
        {
            problem = $"{DiscordOptions.SectionName}:ShardIds (or ShardId) must name shards from 0 to {count - 1}, " +
                $"as {DiscordOptions.SectionName}:ShardCount is {count}.";
            return [];
        }

        return ids;
    }
}
