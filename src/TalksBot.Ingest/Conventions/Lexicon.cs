using System.Text.Json;
using TalksBot.Ingest.Serialization;

namespace TalksBot.Ingest.Conventions;

/// <summary>The conventions as lookup sets, built once from the embedded data file.</summary>
internal sealed class Lexicon
{
    private Lexicon(NewsConventions data)
    {
        Data = data;
        SpeechVerbs = Set(data.SpeechVerbs);
        ParticipleVerbs = Set(data.ParticipleVerbs);
        DirectiveVerbs = Set(data.ReportedSpeech.DirectiveVerbs);
        PassiveVerbs = Set(data.ReportedSpeech.PassiveVerbs);
        ReportVerbs = Set(data.ReportVerbs);
        NamingVerbs = Set(data.NamingVerbs);
        SubjectSkipWords = Set(data.SubjectSkipWords);
        ClauseWords = Set(data.ClauseWords);
        Honorifics = Set(data.Honorifics);
        Ranks = Set(data.Ranks);
        TitleWords = Set(data.TitleWords.Where(w => !w.Contains(' ', StringComparison.Ordinal)));
        RoleStandingWords = Set(data.RoleStandingWords);
        OutletNouns = Set(data.OutletNouns.Where(w => !w.Contains(' ', StringComparison.Ordinal)));
        Abbreviations = new HashSet<string>(data.Abbreviations, StringComparer.Ordinal);
        CalendarWords = Set(data.CalendarWords);
    }

    public static Lexicon Default { get; } = Load();

    public NewsConventions Data { get; }

    public IReadOnlySet<string> SpeechVerbs { get; }

    /// <summary>"saying", "adding": attribution whose subject is the clause's, named before it.</summary>
    public IReadOnlySet<string> ParticipleVerbs { get; }

    public IReadOnlySet<string> ReportVerbs { get; }

    /// <summary>"urged", "called on": verbs reporting a call on someone to act ("urged people not to …").</summary>
    public IReadOnlySet<string> DirectiveVerbs { get; }

    /// <summary>"stated", "announced": the participle of "This was stated by X".</summary>
    public IReadOnlySet<string> PassiveVerbs { get; }

    /// <summary>"what it called a “special operation”": a short quote right after one is a label, not a statement.</summary>
    public IReadOnlySet<string> NamingVerbs { get; }

    public IReadOnlySet<string> SubjectSkipWords { get; }

    public IReadOnlySet<string> ClauseWords { get; }

    public IReadOnlySet<string> Honorifics { get; }

    public IReadOnlySet<string> Ranks { get; }

    public IReadOnlySet<string> TitleWords { get; }

    /// <summary>Words that rank a person rather than name an office ("another top envoy"): not part of a role
    /// when they open it.</summary>
    public IReadOnlySet<string> RoleStandingWords { get; }

    public IReadOnlySet<string> OutletNouns { get; }

    public IReadOnlySet<string> Abbreviations { get; }

    /// <summary>Days and months: capitalised, but never part of a name ("Zelenskiy Tuesday cited…").</summary>
    public IReadOnlySet<string> CalendarWords { get; }

    public bool IsAttributionVerb(string word) => SpeechVerbs.Contains(word) || ReportVerbs.Contains(word);

    /// <summary>A title, honorific or rank, also as part of a hyphenated title ("Secretary-General", "Vice-President").</summary>
    public bool IsTitleToken(string token) =>
        TitleWords.Contains(token) || Honorifics.Contains(token) || Ranks.Contains(token)
        || (token.Contains('-', StringComparison.Ordinal) && token.Split('-').Any(TitleWords.Contains));

    private static HashSet<string> Set(IEnumerable<string> words) => new(words, StringComparer.OrdinalIgnoreCase);

    private static Lexicon Load()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("TalksBot.Ingest.news-conventions.json")
            ?? throw new InvalidOperationException("news-conventions.json is not embedded in TalksBot.Ingest.");
        var data = JsonSerializer.Deserialize(stream, IngestJsonContext.Default.NewsConventions)
            ?? throw new InvalidOperationException("news-conventions.json is empty.");
        return new Lexicon(data);
    }
}
