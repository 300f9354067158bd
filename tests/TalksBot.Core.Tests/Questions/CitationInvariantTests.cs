using TalksBot.Core.Chat;

namespace TalksBot.Core.Tests.Questions;

/// <summary>What must hold for any question: citations are verbatim spans of the paragraph they name,
/// an abstention cites nothing, and the chat router answers exactly as the engine does.</summary>
public sealed class CitationInvariantTests
{
    [Theory]
    [MemberData(nameof(QuestionBook.AllQuestions), MemberType = typeof(QuestionBook))]
    public void EveryCitation_IsAVerbatimSpanOfItsParagraph(string question)
    {
        var answer = Bot.Engine.Ask(question);

        if (!answer.Answered)
        {
            Assert.Empty(answer.Citations);
        }

        Assert.All(answer.Citations, c =>
        {
            Assert.Equal("The Daily Wire", c.Source.Publisher);
            var paragraphs = ArticleParagraphs.Of(c.Source.ArticleId);
            Assert.InRange(c.Paragraph, 1, paragraphs.Count);
            Assert.False(string.IsNullOrWhiteSpace(c.Quote), $"«{question}» cites an empty quote");
            Assert.True(
                paragraphs[c.Paragraph - 1].Contains(c.Quote, StringComparison.Ordinal),
                $"«{question}» cites «{c.Quote}» as paragraph {c.Paragraph}, which does not contain it");
        });
    }

    [Theory]
    [MemberData(nameof(QuestionBook.PlainQuestions), MemberType = typeof(QuestionBook))]
    public async Task Router_AnswersLikeTheEngine(string question)
    {
        var answer = Bot.Engine.Ask(question);
        var reply = await Bot.Router.RouteAsync(new ChatMessage(question, "test"));

        Assert.Equal(answer.Answered ? ReplyKind.Answer : ReplyKind.NoAnswer, reply.Kind);
        Assert.Equal(
            answer.Citations.Select(c => (c.Speaker, c.Quote)).FirstOrDefault(),
            reply.Citations.Select(c => (c.Speaker, c.Quote)).FirstOrDefault());
    }

    [Fact]
    public void ExpectedPhrases_AreVerbatimInTheArticle()
    {
        var text = string.Join("\n", ArticleParagraphs.All.Values.SelectMany(p => p));
        var phrases = QuestionBook.AnswerableRows.SelectMany(row => AnswerAssert.Alternatives((string)row[2]));

        Assert.All(phrases, p => Assert.Contains(p, text, StringComparison.Ordinal));
    }
}
