namespace TalksBot.Hosting;

internal static class DataPaths
{
    /// <summary>An absolute path as it is; a relative one from the current directory when it exists
    /// there, else beside the executable (the build copies data/ there).</summary>
    public static string Resolve(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return configured;
        }

        var fromCurrent = Path.GetFullPath(configured);
        return Directory.Exists(fromCurrent) ? fromCurrent : Path.Combine(AppContext.BaseDirectory, configured);
    }
}
