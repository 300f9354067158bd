namespace TalksBot.Core.Tests.Questions;

/// <summary>Russia's de-escalation pledge is disputed by the U.S. side: an answer about either must show both.</summary>
public sealed class DisputedQuestionTests
{
    private static readonly string[] PledgeSide = ["Russia", "Alexander Fomin"];

    private static readonly string[] SkepticSide = ["U.S. officials", "John Kirby", "Joe Biden"];

    public static TheoryData<string, string, string> Cases { get; } = new()
    {
        { "did russia pledge to de-escalate?", "Russia", "pledged to de-escalate" },
        { "what did russia promise about kyiv and chernihiv", "Russia", "de-escalate its attacks on the capital city of Kyiv" },
        { "is russia de-escalating around kyiv", "Russia|Alexander Fomin", "de-escalate|decrease its military activity" },
        { "can we trust russia's pledge to de-escalate", "Russia", "de-escalate" },
        { "russia says it will cut military activity near kyiv, is that legit", "Alexander Fomin", Phrases.Fomin },
        { "what did the russian defence ministry announce about kyiv", "Alexander Fomin", "decided to decrease" },
        { "is the us skeptical about russia's commitments", "U.S. officials", "skeptical that Russia would follow through" },
        { "does biden believe russia's promise", "Joe Biden", Phrases.Biden },
        { "are russian forces really leaving kyiv", "John Kirby", Phrases.AnyKirby },
        { "is the pentagon convinced by moscow's de-escalation pledge", "John Kirby", "repositioning" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void DisputedQuestion_CitesTheRightSpeakerFirstAndBothSides(string question, string speaker, string phrase)
    {
        var answer = AnswerAssert.Answered(question, speaker, phrase);

        var speakers = answer.Citations.Select(c => c.Speaker).ToList();
        Assert.True(speakers.Intersect(PledgeSide).Any(), $"expected Russia's pledge among the citations. {string.Join(", ", speakers)}");
        Assert.True(speakers.Intersect(SkepticSide).Any(), $"expected the U.S. skepticism among the citations. {string.Join(", ", speakers)}");
    }
}
