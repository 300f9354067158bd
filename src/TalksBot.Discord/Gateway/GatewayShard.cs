namespace TalksBot.Discord.Gateway;

/// <summary>One shard of the bot: its id and the total number of shards, sent as <c>shard: [id, count]</c> in
/// Identify. Discord sends a guild's events to shard <c>(guild_id &gt;&gt; 22) % count</c>, and DMs to shard 0.</summary>
internal readonly record struct GatewayShard(int Id, int Count);
