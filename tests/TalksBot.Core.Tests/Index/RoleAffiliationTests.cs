using System.Text.Json.Nodes;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Index;

/// <summary>A real article often gives a person's side only in their role ("director of the port"), with no
/// affiliation: the party the role names is the one they speak for.</summary>
public sealed class RoleAffiliationTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "harbour");

    [Fact]
    public void SpeakerWithoutAffiliation_WhoseRoleNamesAParty_IsAmongWhatThePartySaid()
    {
        var answer = EngineWith(role: "director of the port").Ask("what did the port say");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(answer.Citations, c => c.Speaker == "Tomas Hale");
    }

    [Fact]
    public void SpeakerWithoutAffiliation_WhoseRoleNamesNoParty_IsNotListedForIt()
    {
        var answer = EngineWith(role: "director").Ask("what did the port say");

        Assert.DoesNotContain(answer.Citations, c => c.Speaker == "Tomas Hale");
    }

    private static TalksBot.Core.Query.IQueryEngine EngineWith(string role)
    {
        var vocabulary = KnowledgeLoader.LoadVocabulary(Fixture);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixture, "articles", "harbour-dispute.json")))!.AsObject();
        var hale = json["actors"]!.AsArray().Single(a => (string?)a!["id"] == "hale")!.AsObject();
        hale.Remove("affiliation");
        hale["role"] = role;
        var article = KnowledgeLoader.ParseArticle("harbour-dispute.json", json.ToJsonString(), vocabulary);
        return TestCore.CreateEngine(KnowledgeBase.Create([article], vocabulary, DateTimeOffset.UnixEpoch));
    }
}
