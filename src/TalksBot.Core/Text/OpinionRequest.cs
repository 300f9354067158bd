namespace TalksBot.Core.Text;

/// <summary>A message that asks the bot for its own opinion or a prediction ("do u think the talks will work", "who's
/// gonna win", "should Ukraine accept", "was Erdogan right to host them"): the coverage can only say what people said.
/// General English chat, not domain data.</summary>
internal static class OpinionRequest
{
    private static readonly HashSet<string> Addressed = new(StringComparer.Ordinal) { "you", "u", "ya", "ye" };

    private static readonly HashSet<string> Opining = new(StringComparer.Ordinal) { "think", "reckon", "believe", "feel", "guess", "predict" };

    private static readonly HashSet<string> Attributing = new(StringComparer.Ordinal) { "according", "acc", "per", "says", "said" };

    private static readonly HashSet<string> Yours = new(StringComparer.Ordinal) { "your", "ur", "yours" };

    private static readonly HashSet<string> Views = new(StringComparer.Ordinal) { "opinion", "take", "view", "views", "thoughts", "prediction", "guess" };

    /// <summary>"do u think", "what do you reckon", "your take", "ur opinion": the message asks what the bot thinks.</summary>
    /// <param name="text">The message as typed (the tokenizer drops chat's one-letter "u").</param>
    public static bool AsksTheBot(string text)
    {
        var words = ChatWords.Of(text);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if ((Addressed.Contains(words[i]) && Opining.Contains(words[i + 1])) || (Yours.Contains(words[i]) && Views.Contains(words[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"should Ukraine accept neutrality", "who's gonna win", "was Erdogan right to host them": a judgement or a
    /// prediction, whoever it is asked of.</summary>
    public static bool AsksAJudgement(string text)
    {
        var words = ChatWords.Of(text);
        // "should we expect more offensives according to Stoltenberg" asks what Stoltenberg said.
        return words.Count > 0 && !words.Exists(Attributing.Contains)
            && (words[0] == "should"
                || (words[0] is "who" or "whos" or "who's" && words.Exists(w => w is "win" or "winning" or "wins"))
                || (words[0] is "was" or "is" or "were" or "are" && Enumerable.Range(1, words.Count - 2).Any(i => words[i] == "right" && words[i + 1] == "to")));
    }

    /// <summary>A verb of thinking the bot is asked with ("think", "reckon").</summary>
    public static bool IsOpining(string word) => Opining.Contains(word);
}
