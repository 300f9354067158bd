using TalksBot.Core.Knowledge;
using TalksBot.Ingest.Topics;

namespace TalksBot.Ingest.Tests;

public sealed class TopicTaggerTests
{
    private static readonly Vocabulary Vocabulary = Vocabulary.Empty with
    {
        Topics =
        [
            new Topic("withdrawal", "withdrawal", ["withdraw", "pull back"]),
            new Topic("security-guarantees", "guarantees", ["security guarantee"]),
            new Topic("eu", "EU", ["EU"]),
            new Topic("de-escalation", "de-escalation", ["de-escalate"]),
            new Topic("talks", "the talks", ["negotiations", "round of talks"]),
            new Topic("venue", "where the talks were held", ["host city"]),
        ],
    };

    [Theory]
    [InlineData("Troops began withdrawing on Tuesday.", new[] { "withdrawal" })]
    [InlineData("The drawback of the plan was its timing.", new string[0])]
    [InlineData("They want security guarantees from the West.", new[] { "security-guarantees" })]
    [InlineData("Russia de-escalated near Kyiv and promised to keep de-escalating.", new[] { "de-escalation" })]
    [InlineData("Joining the EU is the goal.", new[] { "eu" })]
    [InlineData("A neutral Europe and a feud over the Meuse.", new string[0])]
    [InlineData("They were negotiating until dawn.", new[] { "talks" })]
    [InlineData("A second round of talks is planned.", new[] { "talks" })]
    [InlineData("A round of golf was booked for the evening.", new string[0])]
    [InlineData("Istanbul, the host cities' favourite, was chosen.", new[] { "venue" })]
    [InlineData("Where the talks were held was kept secret.", new[] { "talks", "venue" })]
    public void Tag_Statement_MatchesTermsAndLabelsAsStemmedPhrasesLikeTheEngine(string text, string[] expected) =>
        Assert.Equal(expected, new TopicTagger(Vocabulary).Tag(text));
}
