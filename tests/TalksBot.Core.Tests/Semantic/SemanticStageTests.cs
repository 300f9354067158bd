using Microsoft.Extensions.Logging;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;
using TalksBot.Core.Semantic;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Semantic;

/// <summary>The semantic stage with a stand-in embedder whose geometry the test decides: it runs
/// only where the lexical stage declines, answers from the statement nearest in meaning when the
/// fitted decision holds, and leaves answers lexical when the model fails.</summary>
public sealed class SemanticStageTests
{
    private const string Paraphrase = "will the invaders lighten up around the northern town";

    private static readonly KnowledgeBase Knowledge = TestCore.Knowledge;

    /// <summary>A model that goes by meaning alone: cosine 0.9 answers, cosine 0 does not.</summary>
    private static readonly DecisionParameters ByMeaning = DecisionParameters.Default with { Weights = [0, 10, 0, 0, 0, 0, 0, 0, 0], Bias = -6, SemanticFloor = 0.5 };

    [Fact]
    public async Task LexicallyDeclinedQuestion_IsAnsweredByTheStatementNearestInMeaning()
    {
        var target = Knowledge.Index.Statements.First(s => s.Statement.Quote.Contains("Chernihiv", StringComparison.Ordinal) && s.Citation.Speaker == "Alexander Fomin");
        var semantic = new SemanticSearch(new PointingEmbedder(Paraphrase, target.Statement.Quote), new ListLogger<SemanticSearch>());
        await semantic.PrepareAsync(Knowledge);

        Assert.False(QueryEngine.Ask(Knowledge.Index, Paraphrase).Answered);
        var answer = QueryEngine.Ask(Knowledge.Index, Paraphrase, semantic, ByMeaning);

        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(target.Statement.Quote, answer.Citations[0].Quote);
    }

    [Fact]
    public async Task BelowTheFittedFloor_TheQuestionIsStillDeclined()
    {
        var target = Knowledge.Index.Statements[0];
        var semantic = new SemanticSearch(new PointingEmbedder(Paraphrase, target.Statement.Quote, similarity: 0.3f), new ListLogger<SemanticSearch>());
        await semantic.PrepareAsync(Knowledge);

        Assert.False(QueryEngine.Ask(Knowledge.Index, Paraphrase, semantic, ByMeaning).Answered);
    }

    [Fact]
    public async Task ModelThatFails_AnswersStayLexicalAndOneWarningIsLogged()
    {
        var logger = new ListLogger<SemanticSearch>();
        var semantic = new SemanticSearch(new FailingEmbedder(), logger);
        await semantic.PrepareAsync(Knowledge);

        var answered = QueryEngine.Ask(Knowledge.Index, "who proposed neutrality", semantic, DecisionParameters.Default);
        var declined = QueryEngine.Ask(Knowledge.Index, Paraphrase, semantic, DecisionParameters.Default);
        QueryEngine.Ask(Knowledge.Index, Paraphrase + "?", semantic, DecisionParameters.Default);

        Assert.True(answered.Answered);
        Assert.False(declined.Answered);
        Assert.Single(logger.Lines, l => l.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task SpeakersStatementsThatMatchAlike_TheOneNearestInMeaningComesFirst()
    {
        const string question = "what did kirby say about the russians";
        var lexical = QueryEngine.Ask(Knowledge.Index, question);
        var runnerUp = lexical.Citations.Skip(1).First(c => c.Speaker == lexical.Citations[0].Speaker);
        var semantic = new SemanticSearch(new PointingEmbedder(question, runnerUp.Quote), new ListLogger<SemanticSearch>());
        await semantic.PrepareAsync(Knowledge);

        var answer = QueryEngine.Ask(Knowledge.Index, question, semantic, DecisionParameters.Default);

        Assert.Equal("John Kirby", runnerUp.Speaker);
        Assert.NotEqual(runnerUp.Quote, lexical.Citations[0].Quote);
        Assert.Equal(runnerUp.Quote, answer.Citations[0].Quote);
    }

    private sealed class FailingEmbedder : ISentenceEmbedder
    {
        public float[] EmbedQuestion(string question) => throw new InvalidOperationException("no model");

        public float[][] EmbedStatements(IReadOnlyList<string> texts) => throw new InvalidOperationException("no model");
    }
}
