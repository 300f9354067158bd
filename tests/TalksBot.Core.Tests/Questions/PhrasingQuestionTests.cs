namespace TalksBot.Core.Tests.Questions;

/// <summary>The same facts asked the way people type in chat: paraphrases and synonyms, misspellings,
/// shouting, stray punctuation and spaces, one-word questions and long rambling ones.</summary>
public sealed class PhrasingQuestionTests
{
    private const string Delegation = "The Ukrainian delegation";

    public static TheoryData<string, string, string> Cases { get; } = new()
    {
        { "would ukraine keep out of military blocs", Delegation, "permanently neutral" },
        { "which states would guarantee ukraine's security", "Reuters", "Israel, Canada" },
        { "are the russians going to pull out of kyiv", "John Kirby", Phrases.AnyKirby },
        { "what's ukraine's neutralty offer", Delegation, "permanently neutral" },
        { "what did the ukranian delegation propose", Delegation, Phrases.AnyUkrainianProposal },
        { "refrendum?", Delegation, "referendum" },
        { "kiev withdrawl", "John Kirby", "withdraw" },
        { "what about the donbass", "John Kirby", "Donbas" },
        { "did russia pledge to deescalate", "Russia", "pledged to de-escalate" },
        { "what did podoliak say", "Mykhailo Podolyak", Phrases.AnyPodolyak },
        { "medinskiy ceasefire", "Vladimir Medinsky", "not a ceasefire" },
        { "zelenskyy on the talks", "Volodymyr Zelensky", "signals we are receiving" },
        { "WHAT DID KIRBY SAY", "John Kirby", Phrases.AnyKirby },
        { "Who Leads The Russian Delegation???", "Vladimir Medinsky", Phrases.AnyMedinsky },
        { "is there a ceasefire!!!", "Vladimir Medinsky", "not a ceasefire" },
        { "   what did   biden    say   ", "Joe Biden", Phrases.Biden },
        { "What did Medinsky say about the talks.", "Vladimir Medinsky", Phrases.AnyMedinsky },
        { "biden", "Joe Biden", Phrases.Biden },
        { "eu?", Delegation, "European Union" },
        // NATO comes up in Ukraine's offer and in Reuters' note on Article 5; both are on topic.
        { "nato", "The Ukrainian delegation|Reuters", "NATO" },
        { "the 15 year crimea thing", Delegation, "15-year consultation period" },
        { "where did the delegations meet, istanbul?", "The Daily Wire", "Istanbul" },
        { "what did podolyak think of the russian delegation", "Mykhailo Podolyak", "The Russian delegation is constructive" },
        { "what did the russian deputy defence minister col. gen. fomin announce", "Alexander Fomin", Phrases.Fomin },
        {
            "hey quick one, the guy who heads the russian team, what did he actually say about a ceasefire, was it one or not",
            "Vladimir Medinsky", "not a ceasefire"
        },
        {
            "so I keep seeing that russia is pulling troops back from kyiv but the pentagon guy said something about it not being a real withdrawal, what exactly was that",
            "John Kirby", "not a real withdrawal"
        },
        {
            "i read somewhere that ukraine might hold a referendum as part of a deal with russia and that crimea was involved somehow, is that right",
            Delegation, "referendum"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RephrasedQuestion_StillCitesTheRightSpeakerFirst(string question, string speaker, string phrase) =>
        AnswerAssert.Answered(question, speaker, phrase);
}
