namespace TalksBot.Core.Tests.Questions;

/// <summary>"What did X say", with X as a full name, a surname, a role, a party or an outlet.</summary>
public sealed class SayQuestionTests
{
    public static TheoryData<string, string, string> Cases { get; } = new()
    {
        { "what did john kirby say", "John Kirby", Phrases.AnyKirby },
        { "kirby?", "John Kirby", Phrases.AnyKirby },
        { "What did the Pentagon spokesman say about the Russian troops?", "John Kirby", Phrases.AnyKirby },
        { "what did biden say", "Joe Biden", Phrases.Biden },
        { "what did president biden say about russia's promise", "Joe Biden", Phrases.Biden },
        { "what did the american president think", "Joe Biden", Phrases.Biden },
        { "what did medinsky say", "Vladimir Medinsky", Phrases.AnyMedinsky },
        { "what did the head of the russian delegation say", "Vladimir Medinsky", Phrases.AnyMedinsky },
        { "what did zelensky say", "Volodymyr Zelensky", Phrases.AnyZelensky },
        { "what did volodymyr zelensky say about the talks", "Volodymyr Zelensky", "signals we are receiving from the talks are positive" },
        { "what did the president of ukraine say in his address to the nation", "Volodymyr Zelensky", Phrases.AnyZelensky },
        { "what did fomin say", "Alexander Fomin", Phrases.Fomin },
        { "What did Russia's deputy defence minister say?", "Alexander Fomin", Phrases.Fomin },
        { "what did the russian defense ministry say", "Alexander Fomin", Phrases.Fomin },
        { "what did podolyak say", "Mykhailo Podolyak", Phrases.AnyPodolyak },
        { "what did the ukrainian side propose", "The Ukrainian delegation", Phrases.AnyUkrainianProposal },
        { "what did the ukrainian delegation tell the russians", "The Ukrainian delegation", "permanently neutral" },
        { "what did the russian side say", "Russia", "de-escalate" },
        { "what are u.s. officials saying", "U.S. officials", "skeptical" },
        { "what did ABC News report", "Alexander Fomin", Phrases.Fomin },
        { "what did the new york times report about the ukrainian offer", "The Ukrainian delegation", "permanently neutral|European Union" },
        { "what did reuters say about the security guarantees", "Reuters", "similar to Article 5" },
        { "according to reuters what did zelensky say", "Volodymyr Zelensky", Phrases.AnyZelensky },
    };

    /// <summary>Questions about an outlet, and the outlet the first citation must come from or through.</summary>
    public static TheoryData<string, string> OutletCases { get; } = new()
    {
        { "what did ABC News report", "ABC News" },
        { "what did the new york times report", "The New York Times" },
        { "what did the nyt say", "The New York Times" },
        { "what did reuters report", "Reuters" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SayQuestion_CitesThatPersonFirst(string question, string speaker, string phrase) =>
        AnswerAssert.Answered(question, speaker, phrase);

    [Theory]
    [MemberData(nameof(OutletCases))]
    public void OutletQuestion_CitesWhatThatOutletReported(string question, string outlet)
    {
        var answer = Bot.Engine.Ask(question);

        Assert.True(answer.Answered && answer.Citations.Count > 0, AnswerAssert.Describe(question, answer));
        var first = answer.Citations[0];
        Assert.True(first.Via == outlet || first.Speaker == outlet, $"expected it via {outlet}, got via {first.Via}. {AnswerAssert.Describe(question, answer)}");
    }
}
