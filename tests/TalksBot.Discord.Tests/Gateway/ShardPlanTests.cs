using TalksBot.Discord.Gateway;

namespace TalksBot.Discord.Tests.Gateway;

public sealed class ShardPlanTests
{
    [Theory]
    [InlineData("0", new[] { 0 })]
    [InlineData("0,1", new[] { 0, 1 })]
    [InlineData(" 4 - 7 ", new[] { 4, 5, 6, 7 })]
    [InlineData("8,0-3,2", new[] { 0, 1, 2, 3, 8 })]
    public void TryParseIds_ListsAndRanges_DistinctInOrder(string value, int[] expected)
    {
        Assert.True(ShardPlan.TryParseIds(value, out var ids));
        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("3-1")]
    [InlineData("-1")]
    [InlineData("1,,2")]
    [InlineData("0-100000")]
    public void TryParseIds_NotAListOfIds_Refused(string value) => Assert.False(ShardPlan.TryParseIds(value, out _));

    [Theory]
    [InlineData(null, null, 3, new[] { 0, 1, 2 })]
    [InlineData("1-2", null, 4, new[] { 1, 2 })]
    [InlineData(null, 2, 4, new[] { 2 })]
    public void Select_ShardIdsOrTheOlderShardIdOrEveryShard(string? shardIds, int? shardId, int count, int[] expected)
    {
        var ids = ShardPlan.Select(new DiscordOptions { ShardIds = shardIds, ShardId = shardId }, count, out var problem);

        Assert.Null(problem);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public void Select_AShardBeyondTheCount_NamesTheKeysAndTheCount()
    {
        var ids = ShardPlan.Select(new DiscordOptions { ShardIds = "2-4" }, 4, out var problem);

        Assert.Empty(ids);
        Assert.Contains("Discord:ShardIds", problem);
        Assert.Contains("0 to 3", problem);
    }

    [Theory]
    [InlineData("auto", true)]
    [InlineData(" AUTO ", true)]
    [InlineData("4", false)]
    public void IsAuto(string value, bool expected) => Assert.Equal(expected, ShardPlan.IsAuto(value));
}
