using System.Collections.Concurrent;

namespace TalksBot.Discord.Gateway;

/// <summary>Which of this process's shards have a live session now (after READY or RESUMED, until their
/// connection ends), for readiness and metrics. Ready only when every shard this process runs is live.</summary>
internal sealed class GatewayStatus
{
    private readonly ConcurrentDictionary<int, bool> _shards = new();

    /// <summary>True once the shards are known and every one of them is live.</summary>
    public bool IsConnected => !_shards.IsEmpty && _shards.Values.All(live => live);

    /// <summary>Each shard this process runs and whether it is live, by shard id; empty until the shards are known.</summary>
    public IReadOnlyList<KeyValuePair<int, bool>> Shards => [.. _shards.OrderBy(shard => shard.Key)];

    /// <summary>Names the shards this process runs, none of them live yet.</summary>
    public void Expect(IEnumerable<int> shardIds)
    {
        foreach (var id in shardIds)
        {
            _shards.TryAdd(id, false);
        }
    }

    public void Connected(int shardId) => _shards[shardId] = true;

    public void Disconnected(int shardId) => _shards[shardId] = false;
}
