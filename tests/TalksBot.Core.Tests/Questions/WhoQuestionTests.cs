namespace TalksBot.Core.Tests.Questions;

/// <summary>Who proposed, said, called, announced, doubted, leads, or is someone.</summary>
public sealed class WhoQuestionTests
{
    public static TheoryData<string, string, string> Cases { get; } = new()
    {
        { "who proposed that ukraine become permanently neutral?", "The Ukrainian delegation", "permanently neutral" },
        { "who offered that ukraine would stay out of nato", "The Ukrainian delegation", "not join NATO" },
        { "who mentioned a 15-year consultation on crimea", "The Ukrainian delegation", "15-year consultation period" },
        { "who said the guarantees would be like article 5", "Reuters", "similar to Article 5" },
        { "who said it was a repositioning and not a real withdrawal", "John Kirby", "repositioning, not a real withdrawal" },
        { "who said russian units were moving away from kyiv in small numbers", "John Kirby", "small numbers" },
        { "who talked about russia reprioritizing the donbas", "John Kirby", "reprioritizing the Donbas area" },
        { "Who called the talks a constructive step?", "Vladimir Medinsky", "constructive step in the search for a compromise" },
        { "who said this is not a ceasefire", "Vladimir Medinsky", "This is not a ceasefire" },
        { "who said the talks were still difficult", "Mykhailo Podolyak", "difficult" },
        { "who said the russian delegation was constructive", "Mykhailo Podolyak", "The Russian delegation is constructive" },
        { "who announced that russia would drastically decrease military activity near kyiv and chernihiv", "Alexander Fomin", Phrases.Fomin },
        { "who was skeptical that russia would follow through", "U.S. officials", "skeptical that Russia would follow through" },
        { "who said he won't read anything into it until he sees russia's actions", "Joe Biden", Phrases.Biden },
        { "who said the signals from the talks were positive but didn't drown out the shelling", "Volodymyr Zelensky", "drown out the explosions" },
        { "who said russia still has significant potential to keep attacking", "Volodymyr Zelensky", "significant potential" },
        { "who pledged to de-escalate in ukraine", "Russia", "pledged to de-escalate" },
        { "who leads the russian delegation?", "Vladimir Medinsky", Phrases.AnyMedinsky },
        { "who heads russia's negotiating team", "Vladimir Medinsky", Phrases.AnyMedinsky },
        { "who is medinsky", "Vladimir Medinsky", Phrases.AnyMedinsky },
        { "who is john kirby", "John Kirby", Phrases.AnyKirby },
        { "who's the pentagon spokesman", "John Kirby", Phrases.AnyKirby },
        { "who is Mykhailo Podolyak?", "Mykhailo Podolyak", Phrases.AnyPodolyak },
        { "who is the ukrainian president", "Volodymyr Zelensky", Phrases.AnyZelensky },
        { "who is the russian deputy defense minister", "Alexander Fomin", Phrases.Fomin },
        { "who is alexander fomin", "Alexander Fomin", Phrases.Fomin },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void WhoQuestion_CitesTheRightSpeakerFirst(string question, string speaker, string phrase) =>
        AnswerAssert.Answered(question, speaker, phrase);
}
