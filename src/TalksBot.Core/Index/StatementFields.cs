using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Index;

/// <summary>The terms of one statement per field, before they become postings. A statement is
/// found by its own words first, then by the paragraph around it (where the attribution usually
/// stands), who said it, the topics it is tagged with, and the places where its article's story is set.</summary>
internal sealed class StatementFields
{
    /// <summary>BM25F field weights, in the order of <see cref="Fields"/>.</summary>
    public static readonly double[] FieldWeights = [1.0, 0.25, 0.8, 0.6, 0.2];

    /// <summary>Position of the paragraph context in <see cref="Fields"/>.</summary>
    public const int ContextField = 1;

    /// <summary>Position of the article's setting in <see cref="Fields"/>.</summary>
    public const int SettingField = 4;

    /// <param name="context">The terms of the statement's paragraph, shared by every statement in it.</param>
    /// <param name="setting">The terms of the places where the article's story is set (<see cref="ArticleSetting"/>), shared by every
    /// statement of the article.</param>
    public StatementFields(Article article, Statement statement, Actor speaker, Actor? via, List<string> context, List<string> setting)
    {
        Article = article;
        Statement = statement;
        SpeakerActor = speaker;
        ViaActor = via;
        Fields = [Quote, context, Speaker, Topic, setting];
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
