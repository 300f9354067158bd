using TalksBot.Core.Knowledge;
using TalksBot.Core.Text;

namespace TalksBot.Core.Index;

/// <summary>The terms of one statement per field, before they become postings. A statement is
/// found by its own words first, then by the paragraph around it (where the attribution usually
/// stands), who said it, and the topics it is tagged with.</summary>
internal sealed class StatementFields(Article article, Statement statement, Actor speaker, Actor? via)
{
    /// <summary>BM25F field weights, in the order of <see cref="Fields"/>.</summary>
    public static readonly double[] FieldWeights = [1.0, 0.35, 0.8, 0.6];

    public Article Article { get; } = article;

    public Statement Statement { get; } = statement;

    public Actor SpeakerActor { get; } = speaker;

    public Actor? ViaActor { get; } = via;

    public List<string> Quote { get; } = [];

    public TextToken[] QuoteTokens { get; set; } = [];

    public List<string> Context { get; } = [];

    public List<string> Speaker { get; } = [];

    public List<string> Topic { get; } = [];

    public List<int> Groups { get; } = [];

    public List<string>[] Fields => [Quote, Context, Speaker, Topic];
}
