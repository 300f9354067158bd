using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using TalksBot.Core.Loading;
using TalksBot.TestKit;
using static TalksBot.Core.Tests.Conversation.ConversationTestKit;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>Another speaker asked "about that" after a statement the data gives no topics, or only topics they never spoke
/// on: their statements in the same article (the same story) come first. The harbour fixture with a second, later story whose statements carry no topics.</summary>
public sealed class SameStoryFollowUpTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "talksbot-same-story-" + Guid.NewGuid().ToString("N"));

    public SameStoryFollowUpTests()
    {
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "Fixtures", "harbour"), _directory);
        var first = JsonNode.Parse(File.ReadAllText(Path.Combine(_directory, "articles", "harbour-dispute.json")))!.AsObject();
        var second = new JsonObject
        {
            ["id"] = "coastal-ledger-harbour-silos",
            ["publisher"] = "The Coastal Ledger",
            ["date"] = "2031-06-13",
            ["title"] = "Silos fill at Varn as the dispute drags on",
            ["url"] = "https://ledger.example/harbour-silos",
            ["event"] = "Port of Varn labour talks",
            ["paragraphs"] = new JsonArray(
                "City mediator Rosa Imre said the grain silos at Varn were nearly full.",
                "Port director Tomas Hale answered that they “will be emptied by rail within a week.”"),
            ["actors"] = first["actors"]!.DeepClone(),
            ["places"] = first["places"]!.DeepClone(),
            ["statements"] = new JsonArray(
                Statement("imre-silos", 1, "reported_claim", "imre", "said the grain silos at Varn were nearly full"),
                Statement("hale-rail", 2, "direct_quote", "hale", "will be emptied by rail within a week.")),
        };
        File.WriteAllText(Path.Combine(_directory, "articles", "harbour-silos.json"), second.ToJsonString());
    }

    [Fact]
    public async Task AnotherSpeakerOnAStatementWithoutTopics_GetsTheirWordsInTheSameStoryFirst()
    {
        var router = TestCore.CreateRouter(KnowledgeLoader.Load(_directory, TimeProvider.System), new FakeTimeProvider());
        var imre = await AskAsync(router, "story", "what did imre say about the silos");
        Assert.Contains("silos", imre.Citations[0].Quote, StringComparison.Ordinal);

        var hale = await AskAsync(router, "story", "what did hale say about that");

        Assert.Equal("will be emptied by rail within a week.", hale.Citations[0].Quote);
    }

    [Fact]
    public async Task AnotherSpeakerOnAStatementWhoseTopicsTheyNeverSpokeOn_GetsTheirWordsInTheSameStoryFirst()
    {
        var first = JsonNode.Parse(File.ReadAllText(Path.Combine(_directory, "articles", "harbour-dispute.json")))!.AsObject();
        var ships = new JsonObject
        {
            ["id"] = "coastal-ledger-harbour-ships",
            ["publisher"] = "The Coastal Ledger",
            ["date"] = "2031-06-14",
            ["title"] = "Cranes idle at Varn",
            ["url"] = "https://ledger.example/harbour-ships",
            ["event"] = "Port of Varn labour talks",
            ["paragraphs"] = new JsonArray(
                "City mediator Rosa Imre said the strike had left the cranes idle at Varn.",
                "Port director Tomas Hale said they “will be running by night.”"),
            ["actors"] = first["actors"]!.DeepClone(),
            ["places"] = first["places"]!.DeepClone(),
            ["statements"] = new JsonArray(
                Statement("imre-ships", 1, "reported_claim", "imre", "said the strike had left the cranes idle at Varn", "strike"),
                Statement("hale-night", 2, "direct_quote", "hale", "will be running by night.")),
        };
        File.WriteAllText(Path.Combine(_directory, "articles", "harbour-ships.json"), ships.ToJsonString());
        var router = TestCore.CreateRouter(KnowledgeLoader.Load(_directory, TimeProvider.System), new FakeTimeProvider());
        var imre = await AskAsync(router, "ships", "what did imre say about the cranes");
        Assert.Contains("cranes idle", imre.Citations[0].Quote, StringComparison.Ordinal);

        var hale = await AskAsync(router, "ships", "what did hale say about that");

        Assert.Equal("will be running by night.", hale.Citations[0].Quote);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static JsonObject Statement(string id, int paragraph, string kind, string speaker, string quote, params string[] topics) => new()
    {
        ["id"] = id, ["paragraph"] = paragraph, ["kind"] = kind, ["speaker"] = speaker, ["quote"] = quote, ["topics"] = new JsonArray([.. topics.Select(t => JsonValue.Create(t))]),
    };

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
