namespace TalksBot.TestKit;

/// <summary>Finds the repository's folders from a test's output directory.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    public static string Source(string project) => Path.Combine(Root, "src", project);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TalksBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TalksBot.sln not found above " + AppContext.BaseDirectory);
    }
}
