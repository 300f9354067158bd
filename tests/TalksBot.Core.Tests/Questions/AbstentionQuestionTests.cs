using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Questions;

/// <summary>Questions the coverage does not answer: the bot says so, cites nothing, and points at what it can answer.</summary>
public sealed class AbstentionQuestionTests
{
    public static TheoryData<string> Cases { get; } = new()
    {
        // People the article never quotes.
        "what did putin say",
        "did vladimir putin comment on the talks?",
        "lavrov?",
        "what did sergey lavrov say about nato",
        "what did erdogan say when he opened the talks",
        "macron's view on the negotiations",
        "what did roman abramovich do in istanbul",
        "what did kuleba say",
        "what did mevlut cavusoglu say",
        "what did boris johnson say about the security guarantees",
        "what did olaf scholz say",
        "what did jens stoltenberg say",
        // Nothing to do with the talks.
        "who won the champions league",
        "what's the weather in istanbul tomorrow",
        "give me a recipe for borscht",
        "what's tesla's stock price today",
        "how many people died in the gulf war",
        "tell me about the syrian civil war",
        "how do i center a div in css",
        // On the subject, but the article does not say.
        "how many soldiers have been killed so far",
        "how many civilian casualties were there",
        "when is the next round of talks",
        "when will the delegations meet again",
        "what did turkey's foreign minister say",
        "how many refugees have fled ukraine",
        "how much military aid has the us sent to ukraine",
        "what did china say about the talks",
        "what did kirby say about crimea",
        "did biden say anything about the referendum",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void UnanswerableQuestion_AbstainsAndSaysWhatItCanAnswer(string question)
    {
        var answer = AnswerAssert.Abstained(question);

        Assert.True(
            CanAnswerHints.Any(h => answer.Text.Contains(h, StringComparison.OrdinalIgnoreCase)),
            $"expected the reply to name a quoted person or a topic. {AnswerAssert.Describe(question, answer)}");
    }

    /// <summary>Names of the quoted people and the topic labels. "The talks" alone is left out: it does
    /// not tell the user anything they could ask.</summary>
    private static IReadOnlyList<string> CanAnswerHints { get; } =
    [
        .. TestCore.Knowledge.Articles
            .SelectMany(a => a.Actors.Where(actor => a.Statements.Any(s => s.Speaker == actor.Id)))
            .Where(actor => actor.Kind == Knowledge.ActorKind.Person)
            .Select(actor => actor.Name),
        .. TestCore.Knowledge.Vocabulary.Topics.Where(t => t.Id != "talks").Select(t => t.Label),
    ];
}
