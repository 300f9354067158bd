namespace TalksBot.Core.Tests.Questions;

/// <summary>What Ukraine put on the table: neutrality, NATO, foreign troops, guarantees and guarantors,
/// Article 5, the EU, the referendum, Crimea and territorial claims.</summary>
public sealed class ProposalQuestionTests
{
    private const string Delegation = "The Ukrainian delegation";

    public static TheoryData<string, string, string> Cases { get; } = new()
    {
        { "is ukraine willing to be neutral?", Delegation, "permanently neutral" },
        { "what did ukraine offer on neutrality", Delegation, "permanently neutral" },
        { "will ukraine join nato", Delegation, "not join NATO" },
        { "so ukraine is giving up on nato?", Delegation, "not join NATO" },
        { "would ukraine let foreign troops be stationed on its soil", Delegation, "host foreign troops" },
        { "could other countries keep military bases in ukraine under this plan", Delegation, "host foreign troops" },
        { "what does ukraine want in return for neutrality", Delegation, "security guarantees" },
        { "what would the security guarantees look like", "Reuters", "similar to Article 5" },
        { "which countries could act as guarantors", "Reuters", "Israel, Canada, the United States" },
        { "would the uk be a guarantor?", "Reuters", "the United Kingdom" },
        { "is turkey among the guarantor states", "Reuters", "Poland, Turkey, Germany" },
        { "is israel one of the guarantors", "Reuters", "Israel" },
        { "what's the article 5 thing", "Reuters", "Article 5 of the NATO agreement" },
        { "is the proposal like nato's collective defence clause", "Reuters", "Article 5" },
        { "does ukraine want to join the EU", Delegation, "admitted into the European Union" },
        { "would russia oppose ukraine's eu membership", Delegation, "would not oppose" },
        { "would the agreement need a referendum", Delegation, "require a referendum" },
        { "will ukrainians get to vote on the deal", Delegation, "referendum" },
        { "what was proposed about crimea", Delegation, "15-year consultation period" },
        { "how long would the consultation on crimea last", Delegation, "15-year" },
        { "is ukraine willing to discuss russia's territorial claims", Delegation, "territorial claims" },
        { "would kyiv negotiate over territory", Delegation, "territorial claims" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ProposalQuestion_CitesTheProposalFirst(string question, string speaker, string phrase) =>
        AnswerAssert.Answered(question, speaker, phrase);
}
