using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Chat;

public sealed class AutocompleteTests
{
    private readonly TalksBot.Core.Chat.IAutocomplete _autocomplete = TestCore.CreateAutocomplete();

    [Fact]
    public void SuggestQuestions_Empty_OffersQuestionsTheDataAnswers()
    {
        var suggestions = _autocomplete.SuggestQuestions("", 25);

        Assert.InRange(suggestions.Count, 5, 25);
        Assert.All(suggestions, s => Assert.True(TestCore.CreateEngine().Ask(s).Answered, s));
    }

    [Fact]
    public void SuggestQuestions_PartialWords_MatchByPrefix()
    {
        var suggestions = _autocomplete.SuggestQuestions("what did kir", 10);

        Assert.Equal("What did John Kirby say?", suggestions[0]);
    }

    [Fact]
    public void SuggestQuestions_TopicPrefix_FindsTheTopic()
    {
        Assert.Contains(_autocomplete.SuggestQuestions("neutr", 10), s => s.Contains("neutrality", StringComparison.Ordinal));
    }

    [Fact]
    public void SuggestPeople_Prefix_FindsThePerson()
    {
        Assert.Equal(["Volodymyr Zelensky"], _autocomplete.SuggestPeople("zel", 5));
    }

    [Fact]
    public void SuggestPeople_Hostile_ReturnsWithoutThrowing()
    {
        Assert.Empty(_autocomplete.SuggestPeople("<@U123> \u202E 🙂", 5));
        Assert.True(_autocomplete.SuggestPeople("", 25).Count <= 25);
    }
}
