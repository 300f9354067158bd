using TalksBot.Load.Soak;

namespace TalksBot.Tests.Operations;

/// <summary>The soak's verdict on one bot's resident memory over its measured window: the last sample against the first.</summary>
public sealed class SoakMemoryWindowTests
{
    [Fact]
    public void GrowthUnderFiveMegabytes_IsFlat_FiveOrMoreIsNot()
    {
        var window = new MemoryWindow();
        window.Add(260.0);
        window.Add(266.0);
        window.Add(264.9);

        Assert.Equal(4.9, window.Growth!.Value, 6);
        Assert.Equal(266.0, window.Peak);
        Assert.True(window.Flat);

        window.Add(265.0);

        Assert.Equal(5.0, window.Growth!.Value, 6);
        Assert.False(window.Flat);
    }

    [Fact]
    public void NoSample_IsNotFlat()
    {
        var window = new MemoryWindow();
        window.Add(null);

        Assert.Null(window.Growth);
        Assert.False(window.Flat);
    }
}
