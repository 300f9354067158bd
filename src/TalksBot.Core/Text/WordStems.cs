namespace TalksBot.Core.Text;

/// <summary>The stems of a text's words as the engine reads them (its tokenizer and stemmer), in order, for a
/// project that must see a text exactly as the engine does (ingest's topic tags).</summary>
public static class WordStems
{
    public static List<string> Of(string text) => [.. Tokenizer.Tokenize(text).Select(t => t.Stem)];
}
