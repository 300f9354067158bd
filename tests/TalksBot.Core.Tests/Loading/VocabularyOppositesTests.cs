using System.Text.Json;
using TalksBot.Core.Loading;

namespace TalksBot.Core.Tests.Loading;

public sealed class VocabularyOppositesTests
{
    private const string Minimal = """{"topics": [], "synonyms": [], "speech_verbs": ["said"], "answer_types": {}, "opposites": OPPOSITES}""";

    [Fact]
    public void Opposites_AreReadBothWays_AndAWordKeepsAllOfThem()
    {
        var vocabulary = Parse("""[["Easy", "difficult"], ["easy", "hard"]]""");

        Assert.Equal(["difficult", "hard"], vocabulary.Opposites["easy"]);
        Assert.Equal(["easy"], vocabulary.Opposites["difficult"]);
        Assert.Equal(["easy"], vocabulary.Opposites["hard"]);
    }

    [Fact]
    public void AnOppositeThatIsNotAPair_IsRefusedWithItsPlace()
    {
        var error = Assert.ThrowsAny<Exception>(() => Parse("""[["easy"]]"""));

        Assert.Contains("opposites", error.Message, StringComparison.Ordinal);
    }

    private static Core.Knowledge.Vocabulary Parse(string opposites)
    {
        using var document = JsonDocument.Parse(Minimal.Replace("OPPOSITES", opposites, StringComparison.Ordinal));
        return VocabularyParser.Parse("vocabulary.json", document.RootElement);
    }
}
