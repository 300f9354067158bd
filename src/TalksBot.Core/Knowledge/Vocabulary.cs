namespace TalksBot.Core.Knowledge;

/// <summary>Domain vocabulary kept in data: topics, synonym groups, the verbs that mark a question
/// about who said something, and cue words for when/where/why answers.</summary>
public sealed record Vocabulary(
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<IReadOnlyList<string>> Synonyms,
    IReadOnlyList<string> SpeechVerbs,
    IReadOnlyDictionary<string, IReadOnlyList<string>> AnswerTypes)
{
    public static Vocabulary Empty { get; } = new([], [], [], new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>Ordinary English words (data/english/common-words.txt). A question word the coverage
    /// does not contain counts far less against an answer when it is one of these.</summary>
    public IReadOnlySet<string> CommonWords { get; init; } = new HashSet<string>();

    /// <summary>Verbs of a response to a proposal ("did Russia accept …"): read like speech verbs, except that
    /// the words before them are not taken for a speaker the coverage lacks ("did both sides agree").</summary>
    public IReadOnlyList<string> ReactionVerbs { get; init; } = [];

    /// <summary>Words that ask what someone thinks or does ("reaction", "skeptical", "job"): a question about a
    /// person with one of them asks for their statements or role, not a fact the coverage lacks.</summary>
    public IReadOnlyList<string> StanceWords { get; init; } = [];

    /// <summary>Everyday nouns for a person by what they do ("analyst", "seller"): data/vocabulary.json "person_words".</summary>
    public IReadOnlySet<string> PersonWords { get; init; } = new HashSet<string>();

    /// <summary>Chat shorthand ("ru", "mod", "deets") and the words it stands for, lowercase.</summary>
    public IReadOnlyDictionary<string, string> Shorthand { get; init; } = new Dictionary<string, string>();

    /// <summary>Capitals and seats of government ("moscow", "kremlin") and the country they stand for, lowercase.</summary>
    public IReadOnlyDictionary<string, string> SeatsOfGovernment { get; init; } = new Dictionary<string, string>();

    /// <summary>Words and their opposites ("easy" and "difficult"), lowercase, both ways: a yes/no question is
    /// answered by a statement saying the opposite ("did he say the talks were easy" — "they were difficult").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Opposites { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The fitted answer-or-decline parameters (data/decision.json).</summary>
    public DecisionParameters Decision { get; init; } = DecisionParameters.Default;
}
