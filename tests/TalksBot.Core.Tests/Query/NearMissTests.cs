using TalksBot.Core.Query;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>Questions that reuse the coverage's words but ask what it does not say: who responded how,
/// what someone said that only others are quoted on, and when something happens that the asker already dated.</summary>
public sealed class NearMissTests
{
    private static readonly IQueryEngine Seed = TestCore.CreateEngine();

    [Theory]
    [InlineData("did russia accept ukraine's EU proposal")]
    [InlineData("did russia agree not to oppose ukraine joining the eu?")]
    [InlineData("did medinsky say when putin and zelensky would meet")]
    [InlineData("did zelensky say ukrainians are not naive")]
    [InlineData("did poland agree to be a guarantor?")]
    [InlineData("did canada accept the role of guarantor")]
    public void ResponseOrRemarkOfSomeoneTheCoverageDoesNotReport_IsDeclined(string question)
    {
        var answer = Seed.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("did russia agree to a ceasefire", "Vladimir Medinsky", "This is not a ceasefire")]
    [InlineData("did both sides agree the talks were constructive", null, "constructive")]
    [InlineData("did russia say they were reprioritizing", "John Kirby", "the Russians themselves have said")]
    public void ResponseTheCoverageReports_IsAnsweredWithItsOwnWords(string question, string? speaker, string fragment)
    {
        var answer = Seed.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        var cited = answer.Citations.Take(3).ToList();
        Assert.Contains(cited, c => (speaker is null || c.Speaker == speaker) && c.Quote.Contains(fragment, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("when would the 15-year crimea consultation period start?")]
    [InlineData("what date is the ukrainian referendum scheduled for?")]
    [InlineData("when is the next round of peace talks planned")]
    [InlineData("when will russian troops leave kyiv completely")]
    public void WhenQuestion_IsNotAnsweredByTheTimeItAlreadyGivesOrByAnotherEvent(string question)
    {
        Assert.False(Seed.Ask(question).Answered);
    }

    [Theory]
    [InlineData("whats the weather in chernihiv today")]
    [InlineData("population of kyiv?")]
    [InlineData("how do i get from kyiv to istanbul by train")]
    public void QuestionTheCoverageKnowsOnlyThePlaceOf_IsDeclined(string question)
    {
        Assert.False(Seed.Ask(question).Answered);
    }

    [Theory]
    [InlineData("recommend a good pizza place near me")]
    [InlineData("suggest a cheap pizza restaurant near me")]
    public void EverydayWordsTheCoverageLacksOutnumberingTheOrdinaryOnesItHas_AreDeclined(string question)
    {
        Assert.False(Seed.Ask(question).Answered);
    }

    [Theory]
    [InlineData("ok so basically what did russia promise")]
    [InlineData("remind me, did russia pull back near kyiv?")]
    public void AFewEverydayWordsAroundWhatTheCoverageHolds_AreStillAnswered(string question)
    {
        Assert.True(Seed.Ask(question).Answered);
    }

    [Fact]
    public void WhenThePastTalksWereHeld_IsStillAnswered()
    {
        var answer = Seed.Ask("when were the talks held?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Tuesday", StringComparison.Ordinal));
    }

    [Fact]
    public void WhatHappenedAtAPlace_IsStillAnswered()
    {
        var answer = Seed.Ask("what happened in chernihiv");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Chernihiv", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("is kirby married")]
    [InlineData("how tall is fomin")]
    [InlineData("what car does medinsky drive")]
    public void PersonalFactTheCoverageDoesNotHold_IsDeclinedNamingThePerson(string question)
    {
        var answer = Seed.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Empty(answer.Citations);
        Assert.Contains("but not on that", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("was biden impressed?", "Joe Biden")]
    [InlineData("what's fomin's job", "Alexander Fomin")]
    [InlineData("kirby's take?", "John Kirby")]
    [InlineData("biden wants what", "Joe Biden")]
    public void StanceOrRoleOfAPerson_IsAnsweredWithTheirWords(string question, string speaker)
    {
        var answer = Seed.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(speaker, answer.Citations[0].Speaker);
    }

    [Theory]
    [InlineData("how many people were at the istanbul talks", false, null)]
    [InlineData("how many years would the consultation on crimea last", true, "15-year")]
    [InlineData("how many russian units moved away from kyiv", true, "small numbers")]
    public void HowMany_IsAnsweredOnlyByANumberOfWhatIsCounted(string question, bool answered, string? fragment)
    {
        var answer = Seed.Ask(question);

        Assert.Equal(answered, answer.Answered);
        if (fragment is not null)
        {
            Assert.Contains(fragment, answer.Citations[0].Quote, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("which hotel in istanbul hosted the delegations")]
    [InlineData("which journalist asked biden about the pledge")]
    [InlineData("how many kilometers did russian forces pull back")]
    public void WhichOrHowManyQuestion_AskingForAKindOfThingNoStatementNames_IsDeclined(string question)
    {
        var answer = Seed.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public void WhichNewswire_IsAnsweredByTheNewsAgency()
    {
        var answer = Seed.Ask("which newswire compared the guarantees to article 5");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Reuters", answer.Citations[0].Speaker);
    }

    [Fact]
    public void WhatSomeoneSaidAboutATopic_IsNotAnsweredByTheirWordsOnAnother()
    {
        var answer = Seed.Ask("what did zelensky say about nato in his address");

        Assert.False(answer.Answered, answer.Text);
        Assert.Contains("but not on that", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zelensky on trust?")]
    [InlineData("kirby on the referendum?")]
    public void PersonNamedWithATopicTheyDidNotSpeakOn_IsNotAnsweredWithSomeoneElsesWords(string question)
    {
        var answer = Seed.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("did fomin say when the troops would leave kyiv?")]
    [InlineData("did biden say how many troops russia moved?")]
    public void QuestionInsideTheQuestion_NeedsTheTimeOrNumberItAsks(string question)
    {
        Assert.False(Seed.Ask(question).Answered);
    }

    [Fact]
    public void WhenJoiningAClause_AsksNoTime()
    {
        var answer = Seed.Ask("what did biden say when asked about russia's promise");

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Joe Biden", answer.Citations[0].Speaker);
    }

    [Theory]
    [InlineData("did ukraine end up joining nato")]
    [InlineData("was there a ceasefire in may")]
    [InlineData("did russia ultimately leave kyiv")]
    [InlineData("is kirby still at the pentagon")]
    [InlineData("is zelensky still president")]
    [InlineData("are the russians currently near kyiv")]
    public void HowThingsTurnedOutAfterTheNewestArticle_IsDeclinedSayingWhereTheCoverageEnds(string question)
    {
        var answer = Seed.Ask(question);

        Assert.False(answer.Answered, answer.Text);
        Assert.StartsWith("The coverage runs to 29 March 2022", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMonthOfTheCoverage_IsStillAsked()
    {
        Assert.True(Seed.Ask("what did russia pledge in march").Answered);
    }

    [Theory]
    [InlineData("how long did the talks last")]
    [InlineData("what percentage of ukrainians back neutrality")]
    public void HowLongOrWhatShare_NeedsANumberAboutIt(string question)
    {
        Assert.False(Seed.Ask(question).Answered);
    }
}
