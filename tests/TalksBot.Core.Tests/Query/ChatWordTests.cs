namespace TalksBot.Core.Tests.Query;

/// <summary>Chat shorthand and everyday words of the vocabulary: "b4" is before, drills are exercises, cautious is
/// skeptical, to ease off is to let up, nukes are nuclear, reps are representatives, journos journalists, overnight is all night, and a closing "right?" only asks to have it confirmed.</summary>
public sealed class ChatWordTests : InventedArticleTests
{
    public ChatWordTests() =>
        Write("ledger-2022-03-30-border", "Border calm",
            ["“No military exercises will be held near the border this spring,” border commander Ivo Berg said before the vote.",
             "“We are cautious about the ceasefire,” Berg added. “The patrols will not let up.”",
             "Berg said the border zone would keep its “non-nuclear status”.",
             "“The representatives of both towns will meet the journalists on Friday,” Berg said.",
             "“The guns were quiet on Monday,” Berg said.", "“The guns were quiet all night,” Berg said.",
             "“Every boat has the right to fish off the pier,” harbour clerk Ina Vell said.", "“The clerks are cautious about the fees,” Vell said."],
            [Person("berg", "Ivo Berg", "border commander", "Berg"), Person("vell", "Ina Vell", "harbour clerk", "Vell")],
            [Quote("berg-exercises", 1, "berg", "No military exercises will be held near the border this spring"),
             Quote("berg-cautious", 2, "berg", "We are cautious about the ceasefire"),
             Quote("berg-patrols", 2, "berg", "The patrols will not let up."),
             Quote("berg-status", 3, "berg", "non-nuclear status"),
             Quote("berg-meet", 4, "berg", "The representatives of both towns will meet the journalists on Friday"),
             Quote("berg-monday", 5, "berg", "The guns were quiet on Monday"), Quote("berg-night", 6, "berg", "The guns were quiet all night"),
             Quote("vell-right", 7, "vell", "Every boat has the right to fish off the pier"), Quote("vell-fees", 8, "vell", "The clerks are cautious about the fees")]);

    [Theory]
    [InlineData("were there drills")]
    [InlineData("any war games planned")]
    [InlineData("what did berg say b4 the vote")]
    public void ChatWords_AreReadAsTheVocabularySays(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("Ivo Berg", answer.Citations[0].Speaker);
    }

    [Theory]
    [InlineData("is berg skeptical?", "We are cautious about the ceasefire")]
    [InlineData("is anyone easing off?", "The patrols will not let up.")]
    [InlineData("did berg mention nukes", "non-nuclear status")]
    [InlineData("will the reps meet the journos", "The representatives of both towns will meet the journalists on Friday")]
    [InlineData("were the guns quiet overnight", "The guns were quiet all night")]
    public void WordsOfOneMeaning_FindEachOther(string question, string quote)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(quote, answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("so berg is cautious about the ceasefire right", false)]
    [InlineData("berg said the guns were quiet, correct", false)]
    [InlineData("what did berg say right after the vote", false)]
    [InlineData("do boats have the right", true)]
    [InlineData("who has a right", true)]
    public void AClosingWordThatAsksToConfirm_IsNoWordToLookFor(string question, bool asked)
    {
        var units = new Core.Query.QuestionParser(Knowledge.Index).Parse(question).Units;

        Assert.Equal(asked, units.Any(u => u.Word is "right" or "correct"));
    }
}
