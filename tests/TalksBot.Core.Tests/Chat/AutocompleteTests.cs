using TalksBot.Core.Loading;
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

    [Theory]
    [InlineData("who proposed neu")]
    [InlineData("who proposed neutr")]
    [InlineData("what did the pentagon say about withdr")]
    [InlineData("did russia pledge to reduce milit")]
    public void SuggestQuestions_AFewWordsTyped_WholeAnsweredQuestionsThatContinueThem(string typed)
    {
        var suggestions = _autocomplete.SuggestQuestions(typed, 25);

        Assert.NotEmpty(suggestions);
        var engine = TestCore.CreateEngine();
        Assert.All(suggestions, s =>
        {
            Assert.StartsWith(string.Join(' ', typed.Split(' ')[..^1]), s, StringComparison.OrdinalIgnoreCase);
            Assert.True(engine.Ask(s).Answered, s);
        });
        var last = typed.Split(' ')[^1];
        Assert.Contains(suggestions, s => s.Split(' ', '?').Any(w => w.Length > last.Length && w.StartsWith(last, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void SuggestQuestions_FinishedWordThenSpace_ContinuesWithAPhraseOrTopic()
    {
        var suggestions = _autocomplete.SuggestQuestions("who spoke about ", 25);

        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.StartsWith("Who spoke about ", s, StringComparison.Ordinal));
    }

    [Fact]
    public void SuggestQuestions_OnAnotherEventsData_ContinuesFromThatData()
    {
        var harbour = KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "harbour"), TimeProvider.System);
        var autocomplete = TestCore.CreateAutocomplete(harbour);

        var suggestions = autocomplete.SuggestQuestions("who proposed automat", 25);

        Assert.Contains("Who proposed automated cranes?", suggestions);
    }

    [Fact]
    public void SuggestQuestions_NothingInTheDataContinuesIt_NoSuggestion()
    {
        Assert.Empty(_autocomplete.SuggestQuestions("who proposed qqxz", 25));
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
