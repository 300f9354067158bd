using TalksBot.Core.Chat;

namespace TalksBot.Core.Tests.Questions;

/// <summary>Questions carrying mass or user mentions: whatever the bot replies, it must not repeat them,
/// or a reply would ping a whole channel or a stranger.</summary>
public sealed class MentionQuestionTests
{
    private static readonly string[] MentionSyntax = ["@everyone", "@here", "<!", "<@"];

    public static TheoryData<string> Cases { get; } = new()
    {
        "@everyone what did kirby say",
        "@here is there a ceasefire",
        "<!channel> who leads the russian delegation",
        "<@U024BE7LH> what did putin say",
        "what did @everyone say about nato",
        "<@123456789012345678> who is <@987654321098765432>",
        "what did <!here> think about the referendum",
        "@everyone",
        "who is @here",
        "is <@U0G9QF9C6> one of the guarantors",
    };

    [Theory]
    [MemberData(nameof(QuestionBook.AllQuestions), MemberType = typeof(QuestionBook))]
    public void EngineAnswer_NeverContainsMentionSyntax(string question)
    {
        var answer = Bot.Engine.Ask(question);

        AssertNoMention(question, answer.Text);
        Assert.All(answer.Citations, c => AssertNoMention(question, c.Quote));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RouterReply_NeverContainsMentionSyntax(string question)
    {
        var reply = await Bot.Router.RouteAsync(new ChatMessage(question, "test"));

        AssertNoMention(question, reply.Text);
        Assert.All(reply.Suggestions, s => AssertNoMention(question, s));
        Assert.All(reply.Items, i => AssertNoMention(question, i.Title + " " + i.Detail));
        Assert.All(reply.Citations, c => AssertNoMention(question, c.Quote));
    }

    private static void AssertNoMention(string question, string text)
    {
        var found = MentionSyntax.FirstOrDefault(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));
        Assert.True(found is null, $"«{question}» → reply contains {found}: {text}");
    }
}
