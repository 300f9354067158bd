using TalksBot.Core.Knowledge;
using TalksBot.Ingest.Evaluation;

namespace TalksBot.Ingest.Tests.Evaluation;

public sealed class LabelMatchingTests
{
    [Theory]
    [InlineData("We will not sign this week.", "We will not sign this week", 1.0)]
    [InlineData("We will not sign this week.", "we will not sign", 0.6667)]
    [InlineData("the river belongs to both", "the river", 0.4)]
    [InlineData("Ostrania’s offer stands", "Ostrania's offer stands", 1.0)]
    public void WordShare_CountsTheLabelsWordsFoundInTheExtraction(string label, string extracted, double share) =>
        Assert.Equal(share, LabelMatching.WordShare(label, extracted), 3);

    [Theory]
    [InlineData("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", true)]
    [InlineData("Erdoğan", "Recep Tayyip Erdogan", true)]
    [InlineData("Marta Lindqvist", "Pieter Vos", false)]
    [InlineData("Ostranian delegation", "the Ostranian delegation", true)]
    [InlineData("senior Veldorian official", "a senior Veldorian official", true)]
    [InlineData("Veldorian delegation", "the Ostranian delegation", false)]
    public void SameSpeaker_ComparesByNameOrSurnameOrDescriptionWords(string label, string actorName, bool same) =>
        Assert.Equal(same, LabelMatching.SameSpeaker(label, new Actor("x", ActorKind.Person, actorName, null, null, [])));

    [Theory]
    [InlineData("US Secretary of State", "U.S. Secretary of State", true)]
    [InlineData("Ostrania's water minister", "Ostrania’s Water Minister", true)]
    [InlineData("water minister", "Ostranian water minister", false)]
    [InlineData(null, null, true)]
    [InlineData("mediator", null, false)]
    [InlineData("Veldorian dam chief; Ostrania's water minister", "Ostrania’s water minister", true)]
    [InlineData("Veldorian dam chief; Ostrania's water minister", "Veldorian dam chief", true)]
    [InlineData("Veldorian dam chief; Ostrania's water minister", "Veldorian water minister", false)]
    public void SameRole_NeedsTheSameContentWords(string? label, string? extracted, bool same) =>
        Assert.Equal(same, LabelMatching.SameRole(label, extracted));

    [Theory]
    [InlineData("OSTA-Novosti", "OSTA", true)]
    [InlineData("BBC", "the BBC", true)]
    [InlineData(null, null, true)]
    [InlineData("Telegram", null, false)]
    [InlineData("Twitter", "Telegram", false)]
    public void SameVia_MatchesWhenOneNameContainsTheOther(string? label, string? extracted, bool same) =>
        Assert.Equal(same, LabelMatching.SameVia(label, extracted));
}
