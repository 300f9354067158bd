using System.Text.RegularExpressions;
using TalksBot.Core.Index;
using TalksBot.Core.Query;

namespace TalksBot.Core.Conversation;

/// <summary>"where was he when he said that", "what channel was he on": where or through what a statement was made, as
/// the article's own words around it say ("… Kirby said at a briefing Tuesday", "he said, in comments broadcast on
/// national television"). Only general English words; places come from the data.</summary>
internal static partial class StatementOccasion
{
    /// <summary>Nouns that ask for the occasion ("what channel", "which event").</summary>
    private static readonly HashSet<string> AskingNouns =
        ["channel", "platform", "network", "station", "show", "program", "programme", "venue", "occasion", "event", "setting",
         "medium", "interview", "broadcast", "tv", "television", "radio", "conference", "briefing", "speech", "address", "app", "apps",
         "messenger", "feed"];

    /// <summary>Words of an attribution that say where or through what something was said.</summary>
    private static readonly HashSet<string> OccasionWords =
        ["briefing", "conference", "reporters", "journalists", "press", "interview", "television", "tv", "broadcast", "broadcaster",
         "channel", "radio", "telegram", "facebook", "twitter", "instagram", "youtube", "video", "address", "speech", "summit",
         "parliament", "congress", "hearing", "session", "podcast", "statement", "meeting", "visit", "talk", "show"];

    /// <summary>Words of a where-question besides "where" that ask nothing else ("where was he when he said that").</summary>
    private static readonly HashSet<string> WhereRest =
        ["he", "she", "they", "it", "him", "her", "them", "that", "this", "was", "were", "is", "did", "does", "when", "exactly", "then",
         "again", "at", "the", "time", "and", "so", "ok", "okay"];

    private static readonly HashSet<string> PostingVerbs = ["post", "posted", "write", "wrote", "tweet", "tweeted", "appear", "appeared", "speak", "spoke", "talk", "talking", "on", "in", "at"];

    private static readonly char[] Marks = [' ', ',', ':', ';', '"', '“', '”', '‘', '’', '\'', '«', '»', '—', '-'];
    private static readonly char[] OpeningQuotes = ['“', '"', '«', '„'];
    private static readonly char[] ClosingQuotes = ['”', '"', '»'];

    /// <summary>Whether a message names no speaker and asks only where or through what the last statement was made.</summary>
    public static bool Asks(MessageReading own, KnowledgeIndex index)
    {
        var words = own.Tokens.Select(t => t.Word).Where(w => !MessageReading.CueWords.Contains(w)).ToList();
        if (own.Speaker is not null || words.Count == 0)
        {
            return false;
        }

        bool Light(string w) => WhereRest.Contains(w) || index.SpeechVerbs.Contains(w) || PostingVerbs.Contains(w);
        if (words[0] == "where")
        {
            return words.Count > 1 && words.Skip(1).All(Light);
        }

        return words[0] is "what" or "which" or "whats" or "on" or "at" or "in"
            && words.Count(AskingNouns.Contains) == 1
            && words.All(w => AskingNouns.Contains(w) || Light(w) || w is "what" or "which" or "whats" or "a" or "an" or "kind" or "of");
    }

    /// <summary>The statement whose attribution says where it was made — the one shown, else another of its speaker in its
    /// article (not one its source cut short), else the speaker's statement sharing most of its words in another article —
    /// under the attribution's words, with the statement shown after it; null when no attribution of the speaker says it.</summary>
    public static Answer? Of(KnowledgeIndex index, Citation shown)
    {
        if (StatementThread.Find(index, shown) is not { } statement)
        {
            return null;
        }

        var stems = statement.ContentStems.ToHashSet(StringComparer.Ordinal);
        var candidates = index.Statements
            .Where(s => s.Speaker.Id == statement.Speaker.Id && (s == statement || !s.Citation.IsCut))
            .OrderBy(s => s != statement)
            .ThenBy(s => s.Article.Id != statement.Article.Id)
            .ThenByDescending(s => s.ContentStems.Count(stems.Contains))
            .ThenBy(s => Math.Abs(s.Statement.Paragraph - statement.Statement.Paragraph));
        foreach (var candidate in candidates)
        {
            if (Attribution(candidate) is { } words)
            {
                var date = candidate.Citation.Source.Date is { } day ? ", " + AnswerWriter.FormatDate(day) : "";
                var text = $"Where {candidate.Citation.Speaker} said it, in {candidate.Citation.Source.Publisher}{date}: “{words}”";
                return new Answer(true, text, candidate == statement ? [candidate.Citation] : [candidate.Citation, statement.Citation]);
            }
        }

        return null;
    }

    /// <summary>The article's words beside a direct quote that name an occasion or a place of the article: after the quote,
    /// up to the end of the clause naming it ("Blinken said in Morocco"), else the clause before the quote naming it; only
    /// within the quote's sentence and not into another quotation. Null when none does.</summary>
    private static string? Attribution(IndexedStatement statement)
    {
        var paragraph = statement.Article.Paragraphs[statement.Statement.Paragraph - 1];
        var start = paragraph.IndexOf(statement.Statement.Quote, StringComparison.Ordinal);
        if (statement.Statement.Kind != Knowledge.StatementKind.DirectQuote || start < 0)
        {
            return null;
        }

        var places = statement.Article.Places.Select(p => p.Name).ToList();
        var tail = paragraph[(start + statement.Statement.Quote.Length)..].TrimStart(Marks);
        tail = tail[..Math.Min(tail.IndexOfAny(OpeningQuotes) is var q and >= 0 ? q : tail.Length, SentenceEnd().Match(tail) is { Success: true } e ? e.Index : tail.Length)];
        foreach (var clause in Clauses(tail))
        {
            if (NamesOccasion(clause.Value, places))
            {
                return Trimmed(tail[..(clause.Index + clause.Length)]);
            }
        }

        var lead = paragraph[..start].TrimEnd(Marks);
        lead = lead[(Math.Max(lead.LastIndexOfAny(ClosingQuotes), SentenceEnd().Matches(lead) is { Count: > 0 } ends ? ends[^1].Index : -1) + 1)..];
        return Clauses(lead).FirstOrDefault(c => NamesOccasion(c.Value, places)) is { } named ? Trimmed(named.Value) : null;
    }

    private static IEnumerable<Capture> Clauses(string text) => Clause().Matches(text);

    private static bool NamesOccasion(string clause, List<string> places) =>
        Words().Matches(clause).Any(m => OccasionWords.Contains(m.Value.ToLowerInvariant()))
        || places.Any(p => Regex.IsMatch(clause, $@"\b(?i:in|at|from|during)\s+(?i:the\s+)?{Regex.Escape(p)}\b", RegexOptions.CultureInvariant));

    private static string Trimmed(string text) => text.Trim(Marks);

    [GeneratedRegex(@"[^,;]+")]
    private static partial Regex Clause();

    [GeneratedRegex(@"[.!?](?=\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
