namespace TalksBot.Core.Text;

/// <summary>A message about the coverage itself rather than what it says: which articles the bot answers from ("what
/// outlets do u have", "which sources are you using") or who wrote them ("who wrote this article"). General English chat.</summary>
internal static class CoverageRequest
{
    private static readonly HashSet<string> Addressed = new(StringComparer.Ordinal) { "you", "u", "ya", "ur", "your" };

    private static readonly HashSet<string> Holding = new(StringComparer.Ordinal)
        { "have", "got", "use", "using", "used", "cover", "covering", "read", "know", "hold", "based", "draw", "pull", "search" };

    private static readonly HashSet<string> Pieces = new(StringComparer.Ordinal)
        { "article", "articles", "story", "stories", "piece", "pieces", "outlets", "sources", "publications", "papers", "coverage", "reports" };

    private static readonly HashSet<string> Authorship = new(StringComparer.Ordinal) { "wrote", "written", "author", "authors", "writer", "byline", "journalist", "reporter" };

    private static readonly HashSet<string> Pointing = new(StringComparer.Ordinal) { "this", "that", "it", "the", "these" };

    /// <summary>"what outlets do you have", "which articles r u using": the bot's sources, asked of the bot.</summary>
    public static bool AsksWhatIsHeld(string text)
    {
        var words = ChatWords.Of(text);
        return words.Exists(Pieces.Contains) && words.Exists(Addressed.Contains) && words.Exists(Holding.Contains) && !words.Exists(Authorship.Contains);
    }

    /// <summary>"who wrote this article", "who's the author": who wrote the coverage, which its data does not name. "who wrote
    /// that" after a quote asks who said it, so "wrote" needs an article noun.</summary>
    public static bool AsksForTheAuthor(string text)
    {
        var words = ChatWords.Of(text);
        var authorAt = words.FindIndex(Authorship.Contains);
        return authorAt >= 0 && words.Count <= 8 && words[0] is "who" or "whos" or "who's" or "which"
            && (words[authorAt] is not ("wrote" or "written") || words.Skip(authorAt + 1).Take(2).Any(Pieces.Contains))
            && words.Where((w, i) => i > authorAt).All(w => Pointing.Contains(w) || Pieces.Contains(w) || w is "of" or "for" or "by");
    }
}
