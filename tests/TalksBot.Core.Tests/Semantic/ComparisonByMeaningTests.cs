using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;
using TalksBot.Core.Semantic;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Semantic;

/// <summary>"Kirby vs Medinsky on the mood": when no statement of a side holds a word of what is compared,
/// that side's statement nearest the question in meaning is shown first.</summary>
public sealed class ComparisonByMeaningTests
{
    private const string Question = "kirby vs medinsky on the mood";
    private const string Nearest = "a constructive step in the search for a compromise";

    private static readonly KnowledgeBase Knowledge = TestCore.Knowledge;

    [Fact]
    public async Task ASidesStatementNearestInMeaning_IsItsFirstInTheComparison()
    {
        var semantic = new SemanticSearch(new PointingEmbedder(Question, Nearest), new ListLogger<SemanticSearch>());
        await semantic.PrepareAsync(Knowledge);

        var byWords = QueryEngine.Ask(Knowledge.Index, Question);
        var byMeaning = QueryEngine.Ask(Knowledge.Index, Question, semantic);

        Assert.True(byMeaning.Answered, byMeaning.Text);
        Assert.StartsWith("Side by side", byMeaning.Text, StringComparison.Ordinal);
        Assert.Equal(Nearest, byMeaning.Citations.First(c => c.Speaker == "Vladimir Medinsky").Quote);
        Assert.NotEqual(Nearest, byWords.Citations.First(c => c.Speaker == "Vladimir Medinsky").Quote);
    }
}
