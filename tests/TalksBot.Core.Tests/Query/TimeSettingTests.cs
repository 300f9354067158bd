namespace TalksBot.Core.Tests.Query;

/// <summary>"what's the weather in Varna today", where statements hold both the place and "today": a word for a time sets the
/// question like the place does, so a question holding nothing else the coverage knows is declined.</summary>
public sealed class TimeSettingTests : InventedArticleTests
{
    public TimeSettingTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-varna-port", "Port of Varna",
            ["“Today the port of Varna is open again,” harbour master Ivo Berg said."],
            [Person("berg", "Ivo Berg", "harbour master", "Berg")],
            [Quote("berg-open", 1, "berg", "Today the port of Varna is open again")],
            places: [Place("Varna", "city")]);
    }

    [Theory]
    [InlineData("whats the weather in varna today")]
    [InlineData("cheap hotels varna today?")]
    public void OnlyThePlaceAndTheTime_AreDeclined(string question) => Assert.False(Engine.Ask(question).Answered);

    [Fact]
    public void ThePlaceAndTheTimeWithAWordTheCoverageHolds_AreAnswered() =>
        Assert.True(Engine.Ask("is the port in varna open today").Answered);
}
