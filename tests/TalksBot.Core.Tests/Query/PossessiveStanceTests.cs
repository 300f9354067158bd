using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>"what was the Pentagon's overall read": a quoted person in the possessive before a word of stance is the one asked
/// about, and the stance word asks for their words, not for another speaker's statement that happens to hold it.</summary>
public sealed class PossessiveStanceTests
{
    [Theory]
    [InlineData("what was the pentagon's overall read", "John Kirby")]
    [InlineData("what's fomin's position", "Alexander Fomin")]
    public void ThePersonInThePossessive_IsAnswered(string question, string speaker)
    {
        var answer = TestCore.CreateEngine().Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(speaker, answer.Citations[0].Speaker);
    }
}
