using System.Text.Json.Nodes;

namespace TalksBot.Core.Tests.Query;

/// <summary>A speaker described instead of named: the words of the description itself beat a synonym that fits another
/// person ("the secretary of state" is the one whose role says so, not a foreign minister quoted more often); a word for a
/// person after a body ("the emergency service guy") asks for the person whose role holds that body, not the body; "the
/// military brass" is a defence minister (the vocabulary's group).</summary>
public sealed class RoleDescriptionTests : InventedArticleTests
{
    public RoleDescriptionTests()
    {
        RemoveRepositoryArticles();
        Write("ledger-2022-03-30-harbour", "Harbour talks",
            ["Ostrania's foreign minister Ana Vell said: “The harbour talks went well. We expect a second round.”",
             "Vell added: “Our ships stay at sea.”",
             "Secretary of State Ivo Berg said: “The pullback is a trick to regroup.”",
             "The Varna emergency service said the harbour road was still closed.",
             "Its head, Lina Ott, said: “The harbour road may be shelled again, so nobody goes back yet.”",
             "Deputy defence minister Karl Dahl said: “The fleet leaves the bay on Monday.”"],
            [Person("vell", "Ana Vell", "Ostrania's foreign minister", "Vell"), Person("berg", "Ivo Berg", "Secretary of State", "Berg"),
             Person("ott", "Lina Ott", "head of the Varna emergency service", "Ott"),
             Person("dahl", "Karl Dahl", "deputy defence minister", "Dahl"),
             new JsonObject { ["id"] = "service", ["kind"] = "group", ["name"] = "the Varna emergency service", ["aliases"] = new JsonArray("emergency service") }],
            [Quote("vell-talks", 1, "vell", "The harbour talks went well. We expect a second round."),
             Quote("vell-ships", 2, "vell", "Our ships stay at sea."),
             Quote("berg-trick", 3, "berg", "The pullback is a trick to regroup."),
             Reported("service-road", 4, "service", "The Varna emergency service said the harbour road was still closed."),
             Quote("ott-road", 5, "ott", "The harbour road may be shelled again, so nobody goes back yet."),
             Quote("dahl-fleet", 6, "dahl", "The fleet leaves the bay on Monday.")]);
    }

    [Fact]
    public void TheWordsOfARole_BeatASynonymThatFitsSomeoneQuotedMore()
    {
        var answer = Engine.Ask("did the secretary of state think the pullback was real");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ivo Berg", answer.Citations[0].Speaker);
    }

    [Theory]
    [InlineData("the emergency service guy, what about the harbour road")]
    [InlineData("what did the emergency service woman say about the road")]
    public void AWordForAPersonAfterABody_AsksForItsPerson(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Lina Ott", answer.Citations[0].Speaker);
    }

    [Fact]
    public void TheBodyAlone_IsStillTheBody() =>
        Assert.Equal("the Varna emergency service", Engine.Ask("what did the emergency service say about the harbour road").Citations[0].Speaker, ignoreCase: true);

    [Fact]
    public void APersonWordAfterABody_DoesNotTakeTheSpeakerANamedQuestionHas() =>
        Assert.Equal("Ivo Berg", new Core.Query.QuestionParser(Knowledge.Index).Parse("what did berg say about the emergency service guy").Subject?.Name);

    [Fact]
    public void TheMilitaryBrass_IsTheDefenceMinister() =>
        Assert.Equal("Karl Dahl", Engine.Ask("what did the military brass say about the fleet").Citations[0].Speaker);
}
