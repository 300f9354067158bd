namespace TalksBot.Core.Tests.Questions;

/// <summary>Verbatim phrases, one per quote, for questions that any of a speaker's quotes answers
/// ("what did Kirby say", "who is Medinsky").</summary>
internal static class Phrases
{
    public const string AnyKirby = "some movement|repositioning|reprioritizing";

    public const string AnyMedinsky = "not a ceasefire|constructive step";

    public const string AnyZelensky = "lowering its defenses|signals we are receiving|defensive efforts";

    public const string AnyPodolyak = "is constructive|difficult";

    public const string AnyUkrainianProposal = "permanently neutral|European Union|referendum";

    public const string Fomin = "decrease its military activity";

    public const string Biden = "until I see what their actions are";
}
