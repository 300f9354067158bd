using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Index;

/// <summary>The terms of one statement per field, before they become postings. A statement is
/// found by its own words first, then by the paragraph around it (where the attribution usually
/// stands), who said it, and the topics it is tagged with.</summary>
internal sealed class StatementFields
{
    /// <summary>BM25F field weights, in the order of <see cref="Fields"/>.</summary>
    public static readonly double[] FieldWeights = [1.0, 0.25, 0.8, 0.6];

    /// <summary>Position of the paragraph context in <see cref="Fields"/>.</summary>
    public const int ContextField = 1;

    /// <param name="context">The terms of the statement's paragraph, shared by every statement in it.</param>
    public StatementFields(Article article, Statement statement, Actor speaker, Actor? via, List<string> context)
    {
        Article = article;
        Statement = statement;
        SpeakerActor = speaker;
        ViaActor = via;
        Fields = [Quote, context, Speaker, Topic];
    }

    public Article Article { get; }

    public Statement Statement { get; }

    public Actor SpeakerActor { get; }

    public Actor? ViaActor { get; }

    public List<string> Quote { get; } = [];

    public List<string> Speaker { get; } = [];

    public List<string> Topic { get; } = [];

    public List<int> Groups { get; } = [];

    public List<string>[] Fields { get; }
}
