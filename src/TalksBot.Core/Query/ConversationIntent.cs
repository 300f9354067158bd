using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>What a question asks of the coverage as a whole rather than of one statement.</summary>
internal enum ConversationIntent
{
    None,

    /// <summary>"tl;dr", "give me the gist", "recap please".</summary>
    Summary,

    /// <summary>"Kirby vs Medinsky", "contrast the Russian and American positions".</summary>
    Comparison,

    /// <summary>"who is quoted", "which officials commented".</summary>
    WhoIsQuoted,

    /// <summary>"which news agency reported …": the outlet is in every citation; the cue word is not a topic.</summary>
    Provenance,
}

/// <summary>Finds the cue words of a <see cref="ConversationIntent"/> and turns them into function
/// words, so that they never count as something the coverage must contain. General English chat.</summary>
internal static class ConversationCues
{
    private static readonly HashSet<string> SummaryWords =
        ["tldr", "gist", "summary", "summarize", "summarise", "summarized", "summarised", "recap", "overview", "rundown",
         "nutshell", "takeaway", "takeaways", "eli5", "highlights", "synopsis"];

    private static readonly (string First, string Second)[] SummaryPairs =
        [("tl", "dr"), ("sum", "up"), ("short", "version"), ("main", "points"), ("key", "points"), ("big", "picture"),
         ("one", "line"), ("main", "takeaway"), ("catch", "up"), ("fill", "in")];

    private static readonly HashSet<string> ComparisonWords =
        ["vs", "versus", "compare", "compared", "comparison", "contrast", "contrasting", "difference", "differences", "differ", "differently"];

    private static readonly HashSet<string> QuotedWords = ["quoted", "commented", "comment", "comments", "spoke", "speak", "weighed"];

    /// <summary>Words for people in general, which a who-is-quoted question may carry ("which officials").</summary>
    public static readonly HashSet<string> PeopleWords =
        ["officials", "official", "people", "leaders", "leader", "politicians", "diplomats", "speakers", "figures", "persons",
         "names", "sides", "side", "parties", "governments", "countries"];

    private static readonly HashSet<string> ProvenanceWords =
        ["outlet", "outlets", "agency", "agencies", "newspaper", "newspapers", "paper", "publication", "network", "wire",
         "source", "sources", "media", "channel", "broadcaster", "site", "sites", "website", "websites", "publisher",
         "publishers", "published", "carried", "ran"];

    /// <summary>"where did that come from", "which site carried it".</summary>
    private static readonly (string First, string Second)[] ProvenancePairs =
        [("come", "from"), ("came", "from"), ("comes", "from"), ("coming", "from")];

    public static ConversationIntent Find(List<TextToken> tokens)
    {
        var intent = AsksWhatItIsAbout(tokens) ? ConversationIntent.Summary : ConversationIntent.None;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Word;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Word : "";
            if (SummaryWords.Contains(word))
            {
                intent = Prefer(intent, ConversationIntent.Summary);
                MakeFunctionWord(tokens, i);
            }
            else if (word == "overall" && i > 0 && IsSaying(tokens[i - 1].Word) && (next.Length == 0 || next is "about" or "on"))
            {
                // "what did the Russians say overall" (not "the overall goal", "how did the talks go overall").
                intent = Prefer(intent, ConversationIntent.Summary);
                MakeFunctionWord(tokens, i);
            }
            else if (Array.IndexOf(SummaryPairs, (word, next)) >= 0)
            {
                intent = Prefer(intent, ConversationIntent.Summary);
                MakeFunctionWord(tokens, i);
                MakeFunctionWord(tokens, i + 1);
            }
            else if (ComparisonWords.Contains(word))
            {
                intent = Prefer(intent, ConversationIntent.Comparison);
                MakeFunctionWord(tokens, i);
            }
            else if (QuotedWords.Contains(word))
            {
                intent = Prefer(intent, ConversationIntent.WhoIsQuoted);
                MakeFunctionWord(tokens, i);
            }
            else if (Array.IndexOf(ProvenancePairs, (word, next)) >= 0)
            {
                intent = Prefer(intent, ConversationIntent.Provenance);
                MakeFunctionWord(tokens, i);
            }
            else if (ProvenanceWords.Contains(word))
            {
                intent = Prefer(intent, ConversationIntent.Provenance);
                MakeFunctionWord(tokens, i);
            }
        }

        return intent;
    }

    /// <summary>Words a "what's this about?" may hold besides its question word.</summary>
    private static readonly HashSet<string> AboutWords = ["is", "s", "this", "the", "article", "story", "piece", "news", "coverage", "all", "even", "about"];

    /// <summary>One of these says the message asks about the coverage, not about the last answer ("what's that about?").</summary>
    private static readonly HashSet<string> CoverageWords = ["this", "article", "story", "piece", "news", "coverage"];

    /// <summary>"what's this article about?", "what is the story about", "what's it all about": a summary asked in words.</summary>
    private static bool AsksWhatItIsAbout(List<TextToken> tokens)
    {
        var words = tokens.Select(t => t.Word).SkipWhile(w => w is "hey" or "hi" or "so" or "ok" or "okay" or "yo" or "thanks" or "thx").ToList();
        return words.Count is >= 3 and <= 7 && words[0] is "what" or "whats" && words[^1] == "about" && words.Skip(1).All(AboutWords.Contains)
            && words.Exists(CoverageWords.Contains);
    }

    private static bool IsSaying(string word) => word is "say" or "said" or "says" or "saying" or "think" or "thought";

    /// <summary>A comparison or a summary says more about the reply's shape than the other cues.</summary>
    private static ConversationIntent Prefer(ConversationIntent current, ConversationIntent found) =>
        current is ConversationIntent.Comparison or ConversationIntent.Summary ? current : found;

    private static void MakeFunctionWord(List<TextToken> tokens, int i) => tokens[i] = tokens[i] with { IsFunctionWord = true };
}
