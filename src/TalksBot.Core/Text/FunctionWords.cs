using Lucene.Net.Analysis.En;

namespace TalksBot.Core.Text;

/// <summary>English words that carry no subject matter in a question: Lucene's English stop set plus
/// question and filler words ("what", "really", "tell me about"). General English, not domain data.</summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> Words = Build();

    /// <summary>Every function word with one letter left out ("wich" for "which").</summary>
    private static readonly HashSet<string> OneLetterShort = [.. Words.Where(w => w.Length >= 4).SelectMany(Deletions)];

    public static bool Contains(string word) => Words.Contains(word);

    /// <summary>A function word typed with one slip: a letter missing, one too many, or two swapped
    /// ("wich", "whaat", "waht", "teh").</summary>
    public static bool IsSlipOf(string word) =>
        (word.Length >= 3 && Swaps(word).Any(Words.Contains))
        || (word.Length >= 4 && (OneLetterShort.Contains(word) || Deletions(word).Any(w => w.Length >= 4 && Words.Contains(w))));

    private static IEnumerable<string> Deletions(string word) =>
        Enumerable.Range(0, word.Length).Select(i => word.Remove(i, 1));

    private static IEnumerable<string> Swaps(string word) =>
        Enumerable.Range(0, word.Length - 1).Where(i => word[i] != word[i + 1])
            .Select(i => string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1, 1), word.AsSpan(i, 1), word.AsSpan(i + 2)));

    private static HashSet<string> Build()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in EnglishAnalyzer.DefaultStopSet)
        {
            words.Add(word.ToString()!);
        }

        string[] extra =
        [
            "what", "whats", "who", "whom", "whose", "whos", "which", "when", "where", "why", "how", "whether", "do",
            "does", "did", "doing", "done", "has", "have", "had", "having", "am", "were", "been", "being", "would",
            "should", "could", "can", "may", "might", "must", "shall", "is", "isnt", "wasnt", "didnt", "doesnt", "i",
            "me", "my", "you", "your", "we", "our", "he", "him", "his", "she", "her", "its", "them", "those", "about",
            "any", "anything", "anyone", "some", "something", "someone", "all", "also", "just", "really", "actually",
            "exactly", "please", "tell", "know", "let", "give", "show", "find", "explain", "happen", "happened",
            "happening", "thing", "things", "kind", "sort", "whatever", "ever", "so", "very", "much", "many", "more",
            "most", "other", "than", "too", "up", "out", "over", "from", "after", "before", "during", "between",
            "against", "while", "here", "now", "only", "own", "same", "say", "said", "says", "think", "thought",
            "thinks", "get", "got", "go", "going", "went", "make", "made", "want", "like", "mean", "news", "article",
            "articles", "coverage", "story", "report", "reported", "reports", "hey", "hi", "hello", "ok", "okay",
            "thanks", "thank", "one", "ones", "there", "yes", "yeah", "according", "anybody", "everyone", "somebody",
            "people", "guy", "guys", "quick", "question", "wondering", "wonder", "curious", "lol", "lmao", "rofl",
            "haha", "hmm", "pls", "plz", "thx", "btw", "abt", "wat", "wht", "whta", "u", "ur", "ya", "tho", "idk",
            "imo", "imho", "omg", "fyi", "asap", "gonna", "wanna", "kinda", "sorta", "dunno", "tbh", "ngl", "smth",
            "sth", "ppl", "nah", "yo", "bruh", "bro", "dude", "yall", "fr", "lowkey", "tbf", "iirc", "afaik", "rn", "r",
            "ty", "tysm", "cmon", "huh", "um", "uh", "erm", "eh", "oh", "ah", "wow", "k", "kk", "yep", "yup", "nope",
            "sure", "cool", "nice", "great", "awesome", "cheers", "welcome", "basically", "literally", "honestly",
            "seriously", "anyway", "anyways", "remind", "list", "roughly", "briefly", "precisely", "specifically", "totally",
            "stuff", "whole", "bit", "vibe", "vibes", "word", "interview", "speech", "address", "briefing", "remarks", "comments", "statement", "statements", "version", "piece", "writeup", "rendition", "whatd", "whatre", "whod", "whered", "wheres", "hows",
            "howd", "whys", "whyd", "theyre", "theyd", "theyll", "youre", "hes", "shes", "thats", "theres", "im",
            "ive", "id", "ill", "wont", "cant", "dont", "arent", "werent", "wouldnt", "couldnt", "shouldnt", "hasnt",
            "havent", "hadnt", "gotta", "lemme", "gimme", "yeh", "wanted", "hear", "heard", "understand", "recall",
            "remember", "clarify", "confirm", "meant", "bot", "talksbot", "folks", "everybody", "mate", "buddy", "still",
            "even", "though", "per", "via", "overall", "generally", "essentially", "else",
        ];
        words.UnionWith(extra);
        return words;
    }
}
