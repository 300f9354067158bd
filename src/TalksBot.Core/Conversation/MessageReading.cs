using TalksBot.Core.Index;
using TalksBot.Core.Query;
using TalksBot.Core.Text;

namespace TalksBot.Core.Conversation;

/// <summary>What a message says of its own, for reading it against a conversation: the speaker it
/// names, its topic words, and the pronouns and cue words that point back at earlier turns.</summary>
/// <param name="Speaker">The speaker the message names (a quoted actor, or a name the data lacks), if any.</param>
/// <param name="SpeakerIsPerson">True when <paramref name="Speaker"/> is one person.</param>
/// <param name="Topic">The message's own words other than speakers, question words, verbs of saying and cue words, as typed.</param>
/// <param name="Tokens">The message's words, with where they stand in it.</param>
/// <param name="QuestionWord">The message's question word (what, why, …) when it is its first word.</param>
/// <param name="IsSmallTalk">The message asks nothing ("thanks!", "lol ok").</param>
/// <param name="HasKnownTopic">Some topic word of the message is in the coverage ("Crimea?", not "lol classic"), or it asks for figures
/// ("any numbers?").</param>
/// <param name="NamesTopic">The message names one of the data's topics or places ("Crimea", "the ceasefire"), not only words of the coverage.</param>
/// <param name="Source">The outlet or publisher the message names as the one whose report it asks for ("in the Indian
/// Express version", "and Reuters?"), if it names one and no one else.</param>
internal sealed record MessageReading(
    string? Speaker,
    bool SpeakerIsPerson,
    string Topic,
    IReadOnlyList<TextToken> Tokens,
    string? QuestionWord,
    bool IsSmallTalk,
    bool HasKnownTopic,
    bool NamesTopic,
    string? Source)
{
    private static readonly HashSet<string> QuestionWords = ["what", "who", "why", "when", "where", "how", "which", "whats"];

    /// <summary>Words that ask for what comes after the last answer: "what did he say next", "anything else".</summary>
    public static readonly HashSet<string> ContinuationWords = ["next", "else", "further", "additionally", "besides", "then", "afterwards"];

    /// <summary>Chat words that open a follow-up ("wbu Medinsky", "same for Biden", a German or French "and": "und Biden?")
    /// and are no topic.</summary>
    public static readonly HashSet<string> CueWords = ["wbu", "hbu", "wby", "ok", "okay", "same", "plus", "too", "either", "instead", "ditto", "und", "et"];

    /// <summary>Words that compare with or answer what was said ("did Kirby say something similar", "did Stoltenberg agree",
    /// "what did the US think", "how did Russia react"): another speaker on the last statement's matter, no topic of their own.</summary>
    public static readonly HashSet<string> AgreementWords =
        ["similar", "agree", "agreed", "agrees", "disagree", "disagreed", "likewise", "echo", "echoed", "something",
         "think", "thinks", "thought", "react", "reacts", "reacted", "respond", "responds", "responded"];

    /// <summary>Words that ask beyond the coverage's moment ("is he still …", "when is it happening", "… now"): such a
    /// message is not read against the conversation (the coverage of its day cannot say).</summary>
    public static readonly HashSet<string> BeyondWords =
        ["now", "still", "anymore", "eventually", "later", "today", "tomorrow", "yet", "happening", "happens", "nowadays", "currently"];

    /// <summary>Words that ask where, when, through whom or in what role a statement was made ("which outlet reported it",
    /// "what time was this", "what's his job"): about the statement, not a topic of their own.</summary>
    public static readonly HashSet<string> StatementWords =
        ["outlet", "outlets", "agency", "newspaper", "paper", "publication", "source", "network", "wire", "media", "broadcaster",
         "channel", "time", "date", "day", "year", "month", "place", "venue", "occasion", "context", "job", "role", "title", "link", "url"];

    /// <summary>Reflexive pronouns that only stress a noun ("the talks themselves"): no topic of their own.</summary>
    private static readonly HashSet<string> Reflexives = ["itself", "themselves", "himself", "herself", "themself", "oneself"];

    /// <summary>Words after which "there" says that something exists ("is there a ceasefire"), or is where the asker
    /// is ("are you there"): no place of the last answer.</summary>
    private static readonly HashSet<string> ExistentialNeighbours = ["is", "are", "was", "were", "be", "been", "you", "u"];

    /// <summary>Words that follow "this"/"that" as a determiner of the coverage itself ("in this article", "that day").</summary>
    private static readonly HashSet<string> CoverageNouns = ["article", "articles", "coverage", "story", "report", "news", "piece", "interview"];

    public bool HasWord(IReadOnlySet<string> words) => Tokens.Any(t => words.Contains(t.Word));

    /// <summary>Whether a word of <paramref name="pronouns"/> stands for something earlier: not "this" or "that"
    /// determining a noun of the coverage ("in this article", "that day"), not an existential "is there".</summary>
    public bool PointsBack(IReadOnlySet<string> pronouns)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            var word = Tokens[i].Word;
            if (!pronouns.Contains(word))
            {
                continue;
            }

            var next = i + 1 < Tokens.Count ? Tokens[i + 1].Word : null;
            var previous = i > 0 ? Tokens[i - 1].Word : null;
            var determiner = next is not null && (CoverageNouns.Contains(next) || StatementWords.Contains(next));
            var existential = word == "there" && (ExistentialNeighbours.Contains(previous ?? "") || ExistentialNeighbours.Contains(next ?? ""));
            if (!determiner && !existential)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The message's words after the words that open a follow-up ("and", "so", "ok", "wbu").</summary>
    public IReadOnlyList<TextToken> AfterOpening(IReadOnlySet<string> openers) => [.. Tokens.SkipWhile(t => openers.Contains(t.Word))];

    public static bool IsQuestionWord(string word) => QuestionWords.Contains(word);

    public static MessageReading Read(KnowledgeIndex index, string text)
    {
        var parsed = new QuestionParser(index).Parse(text);
        var tokens = Tokenizer.Tokenize(text);
        var matches = new List<ConceptMatch>();
        index.Matcher.Match(tokens, matches);
        var actorSpans = matches.Where(m => index.Concepts[m.Concept].Kind == ConceptKind.Actor).ToList();
        // Words of another script that matched nothing ("спасибо") are the asker's language, not a topic.
        var foreign = parsed.Units.Where(u => u.IsForeign && u.Word.Any(c => char.IsLetter(c) && c > '\u024F')).Select(u => u.Word).ToHashSet();
        // A publisher's name says whose report, not what about ("in the Indian Express version").
        var publisherWords = index.Publishers.FirstOrDefault(p => p.Publisher == parsed.Publisher).Words ?? new HashSet<string>();
        var actor = parsed.Subject ?? parsed.Focus ?? parsed.MentionedActors.FirstOrDefault();
        // "the Kremlin's reaction": a seat of government that stood for the speaker named is no topic.
        bool SeatOfSpeaker(string word) => actor is not null && index.Vocabulary.SeatsOfGovernment.TryGetValue(word, out var country)
            && string.Equals(country, actor.Name, StringComparison.OrdinalIgnoreCase);
        var speakerPhrase = SpeakerPhraseBeforeOn(index, tokens, actor);
        // "on 2022-03-30", "on March 30": a date says when, not what about.
        var dated = Query.DateMention.Find(text) is not null;
        bool DateWord(TextToken t) => dated && (t.Word.All(char.IsAsciiDigit) || Query.DateMention.IsMonthName(t.Word));
        var topic = string.Join(' ', tokens
            .Where((t, i) => i >= speakerPhrase && !t.IsFunctionWord && !DateWord(t) && !SeatOfSpeaker(t.Word) && !publisherWords.Contains(t.Word) && !foreign.Contains(t.Word) && !index.SpeechVerbs.Contains(t.Word) && !ContinuationWords.Contains(t.Word) && !CueWords.Contains(t.Word) && !StatementWords.Contains(t.Word) && !AgreementWords.Contains(t.Word) && !Reflexives.Contains(t.Word)
                && !actorSpans.Any(m => m.Start <= i && i < m.Start + m.Length))
            .Select(t => text[t.Start..t.End]));
        var speaker = actor?.Name ?? parsed.UnknownSpeaker;
        var questionWord = tokens.Count > 0 && QuestionWords.Contains(tokens[0].Word) ? tokens[0].Word : null;
        return new MessageReading(speaker, actor?.Actor.Kind == Knowledge.ActorKind.Person, topic, tokens, questionWord, parsed.SmallTalk != SmallTalkKind.None,
            parsed.TopicUnits.Any(u => u.IsKnown) || parsed.AsksForFigures, matches.Any(m => index.Concepts[m.Concept].Kind is ConceptKind.Topic or ConceptKind.Place),
            SourceOf(parsed, actor));
    }

    /// <summary>"nato's boss on the russian pullback": where the words after a described speaker and "on"/"about" start, when
    /// the words before it only describe the speaker the message asks about (words of their names, role or affiliation, and
    /// words no statement has, such as "boss"); else 0. "kirby troop numbers on the border" keeps "troop numbers".</summary>
    private static int SpeakerPhraseBeforeOn(KnowledgeIndex index, IReadOnlyList<TextToken> tokens, CorpusActor? actor)
    {
        var on = tokens.ToList().FindIndex(t => t.Word is "on" or "about");
        if (actor is null || on <= 0)
        {
            return 0;
        }

        var words = tokens.Take(on).Where(t => !t.IsFunctionWord).Select(t => index.TermOf(t.Stem)).ToList();
        return words.Exists(term => term >= 0 && actor.DescriptorContains(term)) && words.TrueForAll(term => term < 0 || actor.DescriptorContains(term))
            ? on + 1 : 0;
    }

    /// <summary>The publisher named, or the outlet that is the only actor named.</summary>
    private static string? SourceOf(ParsedQuestion parsed, CorpusActor? actor) =>
        parsed.Publisher is { } publisher && actor is null ? publisher
        : actor is { Actor.Kind: Knowledge.ActorKind.Outlet } && parsed.MentionedActors.All(a => a == actor) ? actor.Name
        : null;

    /// <summary>Whether the data's actor of this display name is one person.</summary>
    public static bool IsPerson(KnowledgeIndex index, string name) =>
        index.Actors.Values.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)) is { } actor
        && actor.Actor.Kind == Knowledge.ActorKind.Person;
}
