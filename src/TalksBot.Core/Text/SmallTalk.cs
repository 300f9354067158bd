namespace TalksBot.Core.Text;

/// <summary>What a message that asks nothing is doing: greeting, thanking, acknowledging, saying
/// goodbye. General English chat, not domain data.</summary>
internal enum SmallTalkKind
{
    None,
    Greeting,
    Thanks,
    Acknowledgement,
    Farewell,

    /// <summary>Asks the bot's own opinion or a prediction (<see cref="OpinionRequest"/>).</summary>
    Opinion,

    /// <summary>Asks what the bot is ("are you a bot?", "r u human", "who made you").</summary>
    AboutTheBot,
}

internal static class SmallTalk
{
    private static readonly Dictionary<string, SmallTalkKind> Words = Build();

    /// <summary>Words that ride along in a greeting ("how are you today") without asking anything.</summary>
    private static readonly HashSet<string> DayWords = new(StringComparer.Ordinal) { "today", "tonight", "doing", "going", "lot", "much" };

    /// <summary>The kind of small talk when every word is chat (and one of them says which kind), or
    /// when the message has no words at all (an emoji, "?!"); otherwise none.</summary>
    public static SmallTalkKind Classify(string text, IReadOnlyList<TextToken> tokens)
    {
        if (tokens.Count == 0)
        {
            return text.Any(c => !char.IsWhiteSpace(c)) ? SmallTalkKind.Acknowledgement : SmallTalkKind.None;
        }

        var kind = SmallTalkKind.None;
        foreach (var token in tokens)
        {
            if (Words.TryGetValue(token.Word, out var found))
            {
                kind = kind == SmallTalkKind.None || found == SmallTalkKind.Thanks ? found : kind;
            }
            else if (!token.IsFunctionWord && !DayWords.Contains(token.Word))
            {
                return SmallTalkKind.None;
            }
        }

        // "how are you today", "can you hear me", "how's it going": asks after the bot, nothing of the coverage.
        return kind == SmallTalkKind.None && (AddressesTheBot(text) || AsksHowThingsGo(tokens)) ? SmallTalkKind.Greeting : kind;
    }

    /// <summary>"ur a bot right?", "is this a bot", "are you real", "who made you": every word asks what the bot is, of the bot
    /// ("is this real?" asks about a statement).</summary>
    public static bool AsksWhatTheBotIs(string text, IReadOnlyList<TextToken> tokens) =>
        (AddressesTheBot(text) || tokens.Any(t => t.Word is "ur" or "youre") || (tokens.Any(t => t.Word == "this") && tokens.Any(t => t.Word is "bot" or "chatbot")))
        && tokens.Any(t => BotNatureWords.Contains(t.Word))
        && tokens.All(t => t.IsFunctionWord || BotNatureWords.Contains(t.Word) || BotQuestionWords.Contains(t.Word));

    private static readonly HashSet<string> BotNatureWords =
        ["bot", "robot", "human", "real", "person", "ai", "machine", "program", "chatbot", "chatgpt", "gpt", "llm", "made", "built", "created", "runs"];

    private static readonly HashSet<string> BotQuestionWords = ["right", "really", "actually", "ur", "youre", "r", "u", "this", "who", "what", "lol", "just"];

    /// <summary>"how's it going", "what's up": a greeting made of question words.</summary>
    private static bool AsksHowThingsGo(IReadOnlyList<TextToken> tokens) =>
        tokens[0].Word is "how" or "hows" or "what" or "whats" && tokens[^1].Word is "going" or "up" or "doing";

    /// <summary>The message speaks to the bot ("you", or chat's one-letter "u", which the tokenizer drops).</summary>
    private static bool AddressesTheBot(string text) => ChatWords.Of(text).Exists(word => word is "you" or "u" or "ya" or "yourself");

    private static Dictionary<string, SmallTalkKind> Build()
    {
        var words = new Dictionary<string, SmallTalkKind>(StringComparer.Ordinal);
        Add(words, SmallTalkKind.Greeting, "hi", "hello", "hey", "yo", "hiya", "howdy", "morning", "evening", "sup", "there");
        Add(words, SmallTalkKind.Thanks, "thanks", "thank", "thx", "ty", "tysm", "cheers", "appreciate", "appreciated", "helpful", "helps", "helped");
        Add(words, SmallTalkKind.Acknowledgement, "ok", "okay", "k", "kk", "cool", "nice", "great", "awesome", "lol", "lmao", "rofl", "haha",
            "wow", "yep", "yup", "yes", "yeah", "sure", "got", "bot", "hmm", "huh", "oh", "ah", "nope", "nah", "hear", "good", "bad",
            "perfect", "interesting", "gotcha", "alright", "fine", "makes", "sense", "noted", "understood");
        Add(words, SmallTalkKind.Farewell, "bye", "goodbye", "later", "cya", "night", "goodnight", "see");
        return words;
    }

    private static void Add(Dictionary<string, SmallTalkKind> words, SmallTalkKind kind, params string[] list)
    {
        foreach (var word in list)
        {
            words[word] = kind;
        }
    }
}
