using System.Text.Json.Nodes;
using TalksBot.Core.Loading;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Query;

/// <summary>Outlets spell a name differently and the vocabulary's synonyms say so ("Sorin", "Soryn"): a question
/// in either spelling is about the person, even where the other spelling is a word of someone else's quote.</summary>
public sealed class NameSpellingTests : IDisposable
{
    private readonly CorpusFixture _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void ANameInAnotherSpellingOfTheVocabulary_IsThePerson_EvenWhenAnotherQuoteUsesThatSpelling()
    {
        var vocabularyPath = Path.Combine(_corpus.Directory, "vocabulary.json");
        var vocabulary = JsonNode.Parse(File.ReadAllText(vocabularyPath))!;
        vocabulary["synonyms"]!.AsArray().Add(new JsonArray("Sorin", "Soryn"));
        File.WriteAllText(vocabularyPath, vocabulary.ToJsonString());
        File.WriteAllText(Path.Combine(_corpus.ArticlesDirectory, "ledger-2022-03-30-kremlin.json"), Article().ToJsonString());
        var engine = TestCore.CreateEngine(KnowledgeLoader.Load(_corpus.Directory, TimeProvider.System));

        var answer = engine.Ask("what did Soryn say");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Ivan Sorin (Kremlin aide): 2 statements", answer.Text, StringComparison.Ordinal);
        Assert.Equal(["Ivan Sorin", "Ivan Sorin"], answer.Citations.Select(c => c.Speaker));
    }

    /// <summary>Ivan Sorin speaks twice; a second speaker's quote spells his name "Soryn".</summary>
    private static JsonObject Article() => new()
    {
        ["id"] = "ledger-2022-03-30-kremlin",
        ["publisher"] = "The Ledger",
        ["date"] = "2022-03-30",
        ["title"] = "Kremlin on the talks",
        ["paragraphs"] = new JsonArray(
            "“The talks will go on,” the Kremlin aide Ivan Sorin said. “Nothing is agreed,” he added.",
            "“Mr Soryn talks a lot,” the analyst Petr Lom said."),
        ["actors"] = new JsonArray(
            new JsonObject { ["id"] = "sorin", ["kind"] = "person", ["name"] = "Ivan Sorin", ["role"] = "Kremlin aide", ["aliases"] = new JsonArray("Sorin") },
            new JsonObject { ["id"] = "lom", ["kind"] = "person", ["name"] = "Petr Lom", ["role"] = "analyst", ["aliases"] = new JsonArray("Lom") }),
        ["statements"] = new JsonArray(
            new JsonObject
            {
                ["id"] = "sorin-go-on", ["paragraph"] = 1, ["kind"] = "direct_quote", ["speaker"] = "sorin",
                ["quote"] = "The talks will go on", ["topics"] = new JsonArray(),
            },
            new JsonObject
            {
                ["id"] = "sorin-nothing-agreed", ["paragraph"] = 1, ["kind"] = "direct_quote", ["speaker"] = "sorin",
                ["quote"] = "Nothing is agreed", ["topics"] = new JsonArray(),
            },
            new JsonObject
            {
                ["id"] = "lom-sorine", ["paragraph"] = 2, ["kind"] = "direct_quote", ["speaker"] = "lom",
                ["quote"] = "Mr Soryn talks a lot", ["topics"] = new JsonArray(),
            }),
    };
}
