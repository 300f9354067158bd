using TalksBot.Core.Index;
using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>A question read once: its intent, what it is about, and the weighted terms to rank by.</summary>
internal sealed record ParsedQuestion(
    QuestionIntent Intent,
    bool HasSpeechVerb,
    IReadOnlyList<CoverageUnit> Units,
    IReadOnlyList<(int Term, double Weight)> Terms,
    CorpusActor? Subject,
    string? UnknownSpeaker,
    CorpusActor? Focus,
    (int Month, int Day, int? Year)? Date)
{
    /// <summary>The units other than the subject: what the question asks about the subject.</summary>
    public IEnumerable<CoverageUnit> TopicUnits => Units.Where(u => (Subject is null || u.Actor != Subject) && !u.IsForeign);

    /// <summary>Set when the message asks nothing: a greeting, thanks, "cool.".</summary>
    public SmallTalkKind SmallTalk { get; init; }

    /// <summary>Set when the question asks about the coverage as a whole (a summary, a comparison, who is quoted).</summary>
    public ConversationIntent Conversation { get; init; }

    /// <summary>"which palace hosted the talks": the kind of thing asked for, when the coverage has no word for it.</summary>
    public string? UnknownAnswerKind { get; init; }

    /// <summary>The kind of answer a question inside the question asks for ("did Fomin say when …", "did he say how many …").</summary>
    public QuestionIntent? Embedded { get; init; }

    /// <summary>The kind of answer that must be told: a time or a number, asked outright or inside the question.</summary>
    public QuestionIntent AnswerType => Intent is QuestionIntent.Quantity or QuestionIntent.When ? Intent : Embedded ?? Intent;

    /// <summary>Set when the question asks how things turned out after the newest article: that article's date.</summary>
    public DateOnly? AfterTheCoverage { get; init; }

    /// <summary>The question asks about what is still to come ("when will …", "the next round").</summary>
    public bool AsksFuture { get; init; }

    /// <summary>The question asks for someone's own words ("quote?", "how did Politico quote Fomin", "exact wording").</summary>
    public bool AsksForWording { get; init; }

    /// <summary>The question insists on the speaker's own words ("exact quote pls", "in quotes", "verbatim", "his actual words"):
    /// the article's account of what was said is no answer to it.</summary>
    public bool AsksForExactWords { get; init; }

    /// <summary>"any numbers?", "did she give figures": asks for what was said with a stated number in it.</summary>
    public bool AsksForFigures { get; init; }

    /// <summary>The last word that is not a function word before the first verb of saying ("did the Russians [say]"), if any.</summary>
    public string? WordBeforeSaying { get; init; }

    /// <summary>"how many exactly": only a stated number answers, not a vague amount ("small numbers").</summary>
    public bool AsksExactly { get; init; }

    /// <summary>"how many troops": stems among which is what is counted; empty when the question counts nothing.</summary>
    public IReadOnlyList<string> CountedStems { get; init; } = [];

    /// <summary>The verb of saying asks only what was said ("what did Zelensky say"), not what was offered or promised.</summary>
    public bool AsksWhatWasSaid { get; init; }

    /// <summary>"how long …": <see cref="CountedStems"/> are spans of time.</summary>
    public bool AsksDuration { get; init; }

    /// <summary>The publisher whose rendering the question asks for ("how did TASS report …"), if any.</summary>
    public string? Publisher { get; init; }

    /// <summary>The outlet whose rendering of someone's words the question asks for ("what did the BBC quote Fomin saying"), if any.</summary>
    public CorpusActor? Outlet { get; init; }

    /// <summary>The statement is in the rendering the question asks for: the named publisher's article or the named outlet's.</summary>
    public bool IsFromAskedSource(KnowledgeIndex index, int entry) =>
        (Publisher is { } publisher && index.Statements[entry].Article.Publisher == publisher)
        || (Outlet is { } outlet && OutletMention.Renders(index, outlet, entry));

    public bool AsksForSource => Publisher is not null || Outlet is not null;

    public IEnumerable<CorpusActor> MentionedActors => Units.Where(u => u.Actor is not null).Select(u => u.Actor!);
}
