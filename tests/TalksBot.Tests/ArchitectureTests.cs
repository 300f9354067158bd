namespace TalksBot.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void Executable_IsNamedTalksBot()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "TalksBot.dll")));
    }

    [Fact]
    public void Build_CopiesTheDataBesideTheExecutable()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "data", "vocabulary.json")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "articles"), "*.json"));
    }
}
