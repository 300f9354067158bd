namespace TalksBot.Core.Tests.Questions;

/// <summary>De-escalation around Kyiv and Chernihiv and its stated reason, withdrawal or repositioning,
/// the Donbas, the ceasefire and Ukraine's defences.</summary>
public sealed class FrontlineQuestionTests
{
    // Paragraph 5 (Russia's claim) and paragraph 6 (Fomin's statement) both say this; either first is right.
    private const string RussiaOrFomin = "Russia|Alexander Fomin";

    public static TheoryData<string, string, string> Cases { get; } = new()
    {
        { "is russia going to scale back around chernihiv", RussiaOrFomin, "Chernihiv" },
        { "why is russia de-escalating near kyiv?", RussiaOrFomin, "mutual trust" },
        { "what reason did moscow give for reducing its military activity", RussiaOrFomin, "increase mutual trust" },
        { "what is the ultimate goal the russian military mentioned", "Alexander Fomin", "ultimate goal of reaching an agreement" },
        { "which treaty is the russian defense ministry talking about", "Alexander Fomin", "aforementioned treaty" },
        { "is it a withdrawal or a repositioning?", "John Kirby", "repositioning, not a real withdrawal" },
        { "have any russian units moved away from kyiv", "John Kirby", "some movement by some Russian units" },
        { "what about the donbas", "John Kirby", "Donbas area" },
        { "is russia shifting its focus to eastern ukraine", "John Kirby", "eastern Ukraine" },
        { "is there a ceasefire?", "Vladimir Medinsky", "not a ceasefire" },
        { "did they agree to a truce", "Vladimir Medinsky", "not a ceasefire" },
        { "is ukraine lowering its defences", "Volodymyr Zelensky", "not lowering its defenses" },
        { "zelenskiy defences", "Volodymyr Zelensky", "defens" },
        { "will ukraine keep up its defensive efforts", "Volodymyr Zelensky", "not reducing our defensive efforts" },
        { "what did zelensky say about the russian shelling", "Volodymyr Zelensky", "explosions of Russian shells" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FrontlineQuestion_CitesTheRightSpeakerFirst(string question, string speaker, string phrase) =>
        AnswerAssert.Answered(question, speaker, phrase);
}
