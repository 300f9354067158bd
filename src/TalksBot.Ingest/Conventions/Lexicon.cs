using System.Text.Json;
using System.Text.RegularExpressions;
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
        BareClauseVerbs = Set(data.ReportedSpeech.BareClauseVerbs);
        FiniteAuxiliaries = Set(data.ReportedSpeech.FiniteAuxiliaries);
        ClauseOpenersNot = Set(data.ReportedSpeech.ClauseOpenersNot);
        ReportVerbs = Set(data.ReportVerbs);
        NamingVerbs = Set(data.NamingVerbs);
        SubjectSkipWords = Set(data.SubjectSkipWords);
        ClauseWords = Set(data.ClauseWords);
        Honorifics = Set(data.Honorifics);
        Ranks = Set(data.Ranks);
        TitleWords = Set(data.TitleWords.Where(w => !w.Contains(' ', StringComparison.Ordinal)));
        RoleStandingWords = Set(data.RoleStandingWords);
        OutletNouns = Set(data.OutletNouns.Where(w => !w.Contains(' ', StringComparison.Ordinal)));
        InstitutionNouns = Set(data.InstitutionNouns);
        Abbreviations = new HashSet<string>(data.Abbreviations, StringComparer.Ordinal);
        CalendarWords = Set(data.CalendarWords);
        _datelines = [.. data.Narration.DatelinePatterns.Select(p => new Regex(p, RegexOptions.CultureInvariant))];
    }

    private readonly Regex[] _datelines;

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

    /// <summary>"said", "told": verbs that report a clause without "that", or close a reported clause.</summary>
    public IReadOnlySet<string> BareClauseVerbs { get; }

    /// <summary>"would", "was", "won’t": a finite auxiliary that shows a few words make a clause.</summary>
    public IReadOnlySet<string> FiniteAuxiliaries { get; }

    /// <summary>"in", "on": words after a speech verb that open an adverbial rather than the reported clause.</summary>
    public IReadOnlySet<string> ClauseOpenersNot { get; }

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

    /// <summary>"Institute", "University": nouns that name the body a person is of ("X of the ifo Institute").</summary>
    public IReadOnlySet<string> InstitutionNouns { get; }

    public IReadOnlySet<string> Abbreviations { get; }

    /// <summary>Days and months: capitalised, but never part of a name ("Zelenskiy Tuesday cited…").</summary>
    public IReadOnlySet<string> CalendarWords { get; }

    /// <summary>How long the datelines opening <paramref name="text"/> are ("ISTANBUL, March 29 (Reuters) - "); 0 when none.</summary>
    public int DatelineLength(string text)
    {
        var length = 0;
        foreach (var dateline in _datelines)
        {
            length += dateline.Match(text[length..]) is { Success: true } m ? m.Length : 0;
        }

        return length;
    }

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
