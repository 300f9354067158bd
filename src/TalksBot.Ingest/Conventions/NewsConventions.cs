namespace TalksBot.Ingest.Conventions;

/// <summary>General English news-writing conventions the ingester relies on: attribution verbs, titles,
/// boilerplate patterns. Kept in <c>news-conventions.json</c> beside this file, not in code.</summary>
internal sealed record NewsConventions(
    IReadOnlyList<string> SpeechVerbs,
    IReadOnlyList<string> ParticipleVerbs,
    IReadOnlyDictionary<string, string> Channels,
    IReadOnlyList<string> ReportVerbs,
    IReadOnlyList<string> SubjectSkipWords,
    IReadOnlyList<string> ClauseWords,
    IReadOnlyDictionary<string, string> Pronouns,
    IReadOnlyList<string> Honorifics,
    IReadOnlyList<string> Ranks,
    IReadOnlyList<string> TitleWords,
    IReadOnlyDictionary<string, string> GroupNouns,
    IReadOnlyList<string> OutletNouns,
    IReadOnlyList<string> CalendarWords,
    IReadOnlyList<string> Abbreviations,
    IReadOnlyList<string> QuestionLabels,
    IReadOnlyList<string> AnswerLabels,
    IReadOnlyList<string> InterviewCues,
    IReadOnlyList<string> IdStopWords,
    IReadOnlyList<string> BoilerplateLines,
    IReadOnlyList<string> PitchPhrases,
    IReadOnlyList<string> SourceLinePrefixes,
    IReadOnlyList<string> HtmlNoiseSelectors,
    IReadOnlyList<string> HtmlNoiseClassWords);
