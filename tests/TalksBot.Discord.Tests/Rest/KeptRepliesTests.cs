using Microsoft.Extensions.DependencyInjection;
using TalksBot.Discord.Messages;
using TalksBot.Discord.Payloads;
using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;

namespace TalksBot.Discord.Tests.Rest;

/// <summary>A message reply Discord keeps refusing (429 past the retry budget) is kept and posted later, once and
/// in the channel's order; what is still kept at shutdown is tried once more.</summary>
[Collection(ProcessExitCode.Name)]
public sealed class KeptRepliesTests : HttpOnlyBot
{
    private const string Route = "channels/7/messages";

    private ReplyPoster Replies => Bot.Services.GetRequiredService<ReplyPoster>();

    [Fact]
    public async Task StormOfTenRateLimits_ThenSuccess_EachReplyPostedOnceInOrder()
    {
        for (var i = 0; i < 10; i++)
        {
            Fake.Script(ScriptedResponse.TooManyRequests("POST", Route, retryAfter: 1));
        }

        var first = Replies.PostAsync("7", new MessagePayload("first", Nonce: "1001", EnforceNonce: true), CancellationToken.None);
        await Bot.Time.AdvanceUntilAsync(() => first.IsCompleted, TimeSpan.FromMilliseconds(250));
        await first;
        Assert.Equal(1, Replies.Kept);
        await Replies.PostAsync("7", new MessagePayload("second", Nonce: "1002", EnforceNonce: true), CancellationToken.None);
        Assert.Equal(2, Replies.Kept);

        await Bot.Time.AdvanceUntilAsync(() => Replies.Kept == 0, TimeSpan.FromMilliseconds(250), maxSteps: 1000);

        var posts = Fake.Requests.Where(r => r.Method == "POST" && r.Path == Route).ToList();
        Assert.Equal(12, posts.Count);
        Assert.Equal(["first", "second"], posts.Skip(10).Select(r => r.Json.GetProperty("content").GetString()));
        Assert.Contains(Bot.Logs.Entries, e => e.Id.Id == 3071);
        Assert.DoesNotContain(Bot.Logs.Entries, e => e.Id.Id == 3072);
    }

    [Fact]
    public async Task Shutdown_TriesAKeptReplyOnceMore()
    {
        for (var i = 0; i < 6; i++)
        {
            Fake.Script(ScriptedResponse.TooManyRequests("POST", Route, retryAfter: 60));
        }

        var posting = Replies.PostAsync("7", new MessagePayload("kept", Nonce: "1003", EnforceNonce: true), CancellationToken.None);
        await Bot.Time.AdvanceUntilAsync(() => posting.IsCompleted, TimeSpan.FromSeconds(5));
        await posting;
        Assert.Equal(1, Replies.Kept);

        // The route's bucket still holds for the 429's retry_after; the last try waits it out (within the deadline).
        var lost = await Bot.Time.AdvanceUntilAsync(Replies.FlushAsync(CancellationToken.None), TimeSpan.FromSeconds(5));

        Assert.Equal(0, lost);
        Assert.Equal("kept", Fake.Requests.Last(r => r.Path == Route).Json.GetProperty("content").GetString());
        Assert.Contains(Bot.Logs.Entries, e => e.Id.Id == 3073);
    }
}
