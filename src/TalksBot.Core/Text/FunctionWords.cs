using Lucene.Net.Analysis.En;

namespace TalksBot.Core.Text;

/// <summary>English words that carry no subject matter in a question: Lucene's English stop set plus
/// question and filler words ("what", "really", "tell me about"). General English, not domain data.</summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> Words = Build();

    public static bool Contains(string word) => Words.Contains(word);

    private static HashSet<string> Build()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in EnglishAnalyzer.DefaultStopSet)
        {
            words.Add(word.ToString()!);
        }

        string[] extra =
        [
            "what", "whats", "who", "whom", "whose", "whos", "which", "when", "where", "why", "how", "whether",
            "do", "does", "did", "doing", "done", "has", "have", "had", "having", "am", "were", "been", "being",
            "would", "should", "could", "can", "may", "might", "must", "shall", "is", "isnt", "wasnt", "didnt", "doesnt",
            "i", "me", "my", "you", "your", "we", "our", "he", "him", "his", "she", "her", "its", "them", "those",
            "about", "any", "anything", "anyone", "some", "something", "someone", "all", "also", "just", "really",
            "actually", "exactly", "please", "tell", "know", "let", "give", "show", "find", "explain",
            "happen", "happened", "happening", "thing", "things", "kind", "sort", "whatever", "ever", "so", "very",
            "much", "many", "more", "most", "other", "than", "too", "up", "out", "over", "from", "after", "before",
            "during", "between", "against", "while", "here", "now", "only", "own", "same", "say", "said", "says",
            "think", "thought", "thinks", "get", "got", "go", "going", "went", "make", "made", "want", "like", "mean",
            "news", "article", "articles", "coverage", "story", "report", "reported", "reports", "hey", "hi", "hello",
            "ok", "okay", "thanks", "thank", "one", "ones", "there", "yes", "yeah", "according", "anyone", "anybody",
            "everyone", "somebody", "people", "guy", "guys", "quick", "question", "wondering", "wonder", "curious",
            "lol", "lmao", "rofl", "haha", "hmm", "pls", "plz", "thx", "btw", "abt", "wat", "wht", "whta", "u", "ur", "ya", "tho",
            "idk", "imo", "imho", "omg", "fyi", "asap", "gonna", "wanna", "kinda", "sorta", "dunno",
        ];
        words.UnionWith(extra);
        return words;
    }
}
