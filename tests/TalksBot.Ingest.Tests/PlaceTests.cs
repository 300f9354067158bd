using System.Text.Json;
using Json.Schema;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.Ingest.Conventions;
using TalksBot.Ingest.Output;
using TalksBot.Ingest.Places;
using TalksBot.TestKit;

namespace TalksBot.Ingest.Tests;

/// <summary>The places ingest lists for an article, from the gazetteer, on small invented texts.</summary>
public sealed class PlaceTests
{
    private const string Wire = """
        Envoys met in Istanbul on Tuesday for a second round of talks.

        “We are ready to keep talking,” Ada Brennick said after the meeting.

        Shelling went on near Kharkov overnight, officials in Kiev said.
        """;

    [Fact]
    public void Ingest_TextNamingCities_ListsThemWithKindAndOtherSpellings()
    {
        var places = Fixtures.IngestText(Wire).Places;

        Assert.Equal(["Istanbul", "Kharkiv", "Kyiv"], places.Select(p => p.Name));
        Assert.All(places, p => Assert.Equal("city", p.Kind));
        Assert.Contains("Constantinople", places[0].Aliases);
        Assert.Contains("Kharkov", places[1].Aliases);
        Assert.Contains("Kharkiv", places[1].Aliases);
        Assert.Contains("Kiev", places[2].Aliases);
    }

    [Fact]
    public void Ingest_TownsAroundTheCapital_AreListedAsCities()
    {
        var places = Fixtures.IngestText("Explosions were heard from the suburban town of Irpen and from Bucha and Gostomel, officials said.").Places;

        Assert.Equal(["Bucha", "Hostomel", "Irpin"], places.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(places, p => Assert.Equal("city", p.Kind));
    }

    [Fact]
    public void Ingest_NameWithDiacritics_ListedUnderGazetteerNameWithAsciiSpelling()
    {
        var places = Fixtures.IngestText("Ministers flew to Türkiye’s capital on Monday, the wire said. Later they met in Ankara.").Places;

        var turkey = Assert.Single(places, p => p.Name == "Turkey");
        Assert.Equal("country", turkey.Kind);
        Assert.Contains("Türkiye", turkey.Aliases);
        Assert.Contains("Turkiye", turkey.Aliases);
        Assert.Contains(places, p => p.Name == "Ankara" && p.Kind == "city");
    }

    [Fact]
    public void Find_AbbreviatedName_KeepsItsFinalDot()
    {
        var place = Assert.Single(Find("Talks began on Tuesday. Later, U.S. officials said they doubted the pledge."));

        Assert.Equal("United States", place.Name);
        Assert.Contains("U.S.", place.Aliases);
        Assert.DoesNotContain("U.S", place.Aliases);
    }

    [Theory]
    [InlineData("The talks were first reported by the Washington Post on Tuesday.")]
    [InlineData("A correspondent for the New York Times said the rooms were small.")]
    [InlineData("The Times of India carried the story on its front page.")]
    [InlineData("Reporters asked Michael Jordan about the match.")]
    public void Ingest_PlaceNameInsideLongerName_NotListed(string sentence)
    {
        var places = Fixtures.IngestText("Delegates arrived at the venue early. " + sentence).Places;

        Assert.Empty(places);
    }

    [Fact]
    public void Ingest_PublisherNamedAfterCityAndCityNamedElsewhere_OnlyTheCityMentionCounts()
    {
        var article = Fixtures.IngestText("Talks resumed on Tuesday. The ministers then flew to Washington, where the president received them.", "The Washington Post");

        var place = Assert.Single(article.Places);
        Assert.Equal("Washington", place.Name);
        Assert.Contains(article.Actors, a => a.Name == "The Washington Post");
    }

    [Fact]
    public void Find_PlaceNamedOnlyInListOfPlaces_NotListedUnlessNamedElsewhere()
    {
        var places = Find(
            "Guarantors could include Canada, Poland, Norway and Italy, the draft says.",
            "Poland has not answered yet.");

        Assert.Equal(["Poland"], places.Select(p => p.Name));
    }

    [Fact]
    public void Find_PlaceThatIsAlsoAnActor_StaysTheActorOnly()
    {
        var turkey = new Actor("turkey", ActorKind.Government, "Turkey", "government of Turkey", null, ["Ankara"]);

        var places = Find(["Turkey offered to host the talks in Istanbul.", "Ankara said it was ready."], [turkey]);

        Assert.Equal(["Istanbul"], places.Select(p => p.Name));
    }

    [Fact]
    public void Find_RegionAndCountry_KindsFromGazetteer()
    {
        var places = Find("Fighting in eastern Ukraine and in Crimea went on, and Moldova closed its border.");

        Assert.Equal([("Ukraine", "country"), ("Crimea", "region"), ("Moldova", "country")], places.Select(p => (p.Name, p.Kind)));
    }

    [Fact]
    public void Write_ArticleWithPlaces_PassesSchemaAndLoaderKeepingKinds()
    {
        var ingested = new ArticleIngestor(Fixtures.Vocabulary, []).Ingest(Wire, new IngestOptions(Publisher: "Test Wire"));

        var json = ArticleJsonWriter.Write(ingested);

        using var document = JsonDocument.Parse(json);
        Assert.True(OutputContractTests.Schema.Value.Evaluate(document.RootElement).IsValid);
        var loaded = KnowledgeLoader.ParseArticle(ingested.Article.Id + ".json", json, Fixtures.Vocabulary);
        Assert.Equal(ingested.Article.Places.Select(p => (p.Name, p.Kind)), loaded.Places.Select(p => (p.Name, p.Kind)));
        Assert.Equal(ingested.Article.Places.Select(p => p.Aliases), loaded.Places.Select(p => p.Aliases));
    }

    [Fact]
    public void Gazetteer_DataFile_PassesItsSchemaWithUniqueNames()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Data, "schema", "gazetteer.schema.json")));
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Data, "gazetteer.json")));

        Assert.True(schema.Evaluate(document.RootElement).IsValid);
        var names = document.RootElement.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    private static IReadOnlyList<Place> Find(params string[] paragraphs) => Find(paragraphs, []);

    private static IReadOnlyList<Place> Find(IReadOnlyList<string> paragraphs, IReadOnlyList<Actor> actors) =>
        new PlaceFinder(Gazetteer.Default, Lexicon.Default).Find(paragraphs, actors);
}
