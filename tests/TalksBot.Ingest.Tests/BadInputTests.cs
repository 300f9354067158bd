using System.Text;

namespace TalksBot.Ingest.Tests;

/// <summary>Input that is not an article gets exit code 1, one clear line on stderr, and nothing written.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, byte[], string> Refusals => new()
    {
        { "empty.txt", [], "the file is empty" },
        { "blank.txt", Encoding.UTF8.GetBytes(" \n\t\n  \n"), "the file is empty" },
        { "nul.bin", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41, 0x42], "binary file (contains NUL bytes)" },
        { "control.bin", [.. Enumerable.Repeat((byte)0x1B, 40), .. Encoding.UTF8.GetBytes(" Russia said talks went well.")], "binary file (too many control characters)" },
        { "latin1.txt", [.. Encoding.UTF8.GetBytes("\u201CWe are ready,\u201D Kuleba said in Kyiv "), 0xE9, 0x2E], "not valid UTF-8" },
        { "nav-only.html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav><footer>© Site</footer></body></html>"), "no article body found in the HTML" },
        { "furniture.txt", Encoding.UTF8.GetBytes("Subscribe\nNotify of\nguest\n0 Comments\nView all comments\n"), "no article text left after removing publisher boilerplate" },
        { "anonymous.txt", Encoding.UTF8.GetBytes("\u201CWe will keep talking,\u201D the mediator Grace Okafor said on Tuesday after the meeting in Geneva ended.\n"), "the publisher is not named in the text; pass --publisher" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Run_InputThatIsNotAnArticle_RefusesAndWritesNothing(string name, byte[] bytes, string message)
    {
        using var data = new TempDataDirectory();
        var before = data.ArticleFiles;

        var (code, output, error) = data.Run(data.Input(name, bytes));

        Assert.Equal(IngestCommand.Refused, code);
        Assert.Equal("", output);
        Assert.StartsWith("ingest: refused: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Equal(before, data.ArticleFiles);
    }

    [Fact]
    public void Run_TwentyMegabyteFile_RefusedByItsLengthBeforeReading()
    {
        using var data = new TempDataDirectory();
        var path = Path.Combine(data.Path, "huge.txt");
        using (var file = File.Create(path))
        {
            file.SetLength(20L * 1024 * 1024);
        }

        var (code, _, error) = data.Run(path);

        Assert.Equal(IngestCommand.Refused, code);
        Assert.Contains("20,971,520 bytes is larger than the 5 MB limit", error, StringComparison.Ordinal);
        Assert.Single(data.ArticleFiles);
    }

    [Fact]
    public void Run_MissingFile_Refused()
    {
        using var data = new TempDataDirectory();

        var (code, _, error) = data.Run(Path.Combine(data.Path, "nowhere.txt"));

        Assert.Equal(IngestCommand.Refused, code);
        Assert.Contains("nowhere.txt: file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DataDirectoryWithoutVocabulary_Refused()
    {
        using var data = new TempDataDirectory();
        File.Delete(Path.Combine(data.Path, "vocabulary.json"));

        var (code, _, error) = data.Run(Fixtures.PathOf("wire-said.txt"));

        Assert.Equal(IngestCommand.Refused, code);
        Assert.Contains("vocabulary", error, StringComparison.Ordinal);
    }
}
