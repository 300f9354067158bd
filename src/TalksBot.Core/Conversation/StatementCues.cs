using System.Text.RegularExpressions;
using TalksBot.Core.Index;

namespace TalksBot.Core.Conversation;

/// <summary>A short message about the last statement itself ("why?", "but?", "so?", "why not", "in exchange for what",
/// "on what condition", "which cities", "where?", "was he being serious"): the words that would answer it in
/// that statement or the next ones of its speaker. Only general English patterns; places come from the data.</summary>
internal static class StatementCues
{
    private static readonly string[] Reason =
        ["because", "in order to", "so that", "so as to", "therefore", "since", "due to", "as a result", "reason", "aim", "aimed",
         "in an effort to", "in a bid to", "intended to", "meant to", "designed to", "purpose"];

    /// <summary>Any of <see cref="Reason"/> as whole words, built once (matching them one by one would churn the regex cache).</summary>
    private static readonly Regex AnyReason = new(
        $@"\b(?:{string.Join('|', Reason.Select(Regex.Escape))})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Whether a statement gives a reason in words ("because", "in order to", …).</summary>
    public static bool GivesAReason(string quote) => AnyReason.IsMatch(quote);

    private static readonly string[] Contrast = ["but", "however", "though", "although", "yet", "still", "nevertheless"];

    private static readonly string[] Consequence = ["therefore", "so", "thus", "hence", "as a result", "which means", "that is why", "that's why", "means"];

    /// <summary>"so?", "so what?", "meaning?": what follows from the last statement.</summary>
    private static readonly HashSet<string> ConsequenceRequest = ["so", "what", "meaning", "and", "then", "ok", "okay"];

    private static readonly string[] Condition =
        ["provided", "if", "on condition", "in exchange", "in return", "as long as", "unless", "only if", "given", "subject to"];

    private static readonly string[] Inclusion = ["include", "includes", "including", "included", "such as", "among them", "namely", "ban", ":"];

    private static readonly HashSet<string> ReasonWords = ["reason", "reasons", "motive", "motives", "purpose", "rationale", "explanation"];

    /// <summary>"any caveats?", "what's the catch": what the speaker added against it.</summary>
    private static readonly HashSet<string> CaveatWords = ["caveat", "caveats", "reservation", "reservations", "downside", "downsides", "qualifier", "qualifiers"];

    /// <summary>"what would that include", "what does it involve": what it is made of, in the speaker's words.</summary>
    private static readonly HashSet<string> InclusionWords = ["include", "includes", "included", "including", "involve", "involves", "entail", "entails", "consist"];

    private static readonly HashSet<string> ConditionWords = ["condition", "conditions", "exchange", "return", "catch", "terms", "provided"];

    /// <summary>"and his answer?", "their response": the last statement itself.</summary>
    private static readonly HashSet<string> ResponseWords = ["answer", "response", "reply", "reaction", "words", "point"];

    private static readonly HashSet<string> LightWords =
        ["he", "she", "they", "it", "him", "her", "them", "that", "this", "hes", "shes", "theyre", "its", "thats", "doing"];

    private static readonly HashSet<string> Auxiliaries =
        ["did", "does", "do", "is", "are", "was", "were", "will", "would", "has", "have", "can", "could", "should"];

    /// <summary>The cues of a message that asks about the last statement, or null when it asks something else.
    /// An empty list means "that statement again, then what its speaker said next" (a yes/no about it).</summary>
    public static IReadOnlyList<string>? Of(MessageReading own, KnowledgeIndex index, bool pointsBack)
    {
        if (own.Tokens.Count is > 0 and <= 3 && own.Tokens.All(t => ConsequenceRequest.Contains(t.Word)) && own.Tokens.Any(t => t.Word is "so" or "meaning"))
        {
            return Consequence;
        }

        var words = own.Tokens.Select(t => t.Word).Where(w => w is not ("and" or "so" or "ok" or "okay")).ToList();
        // Pronouns, auxiliaries and verbs of saying do not make it long: "why did they say they're doing it".
        var weight = words.Count(w => !Auxiliaries.Contains(w) && !LightWords.Contains(w) && !index.SpeechVerbs.Contains(w));
        // "why does it need peace", "why can't they hold it now": the reason of what the last statement said, in its words.
        var asksItsReason = words is ["why", ..] && pointsBack;
        if (own.Speaker is not null || words.Count == 0 || weight > 4 || (own.HasWord(MessageReading.BeyondWords) && !asksItsReason))
        {
            return null;
        }

        // Its own words may be in the coverage ("conditions", "countries") and still ask about the last statement.
        var first = words[0];
        var topic = own.Topic.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (first is "which" or "what" && words.Count >= 2 && Plural(words[1]) && topic.SequenceEqual([words[1]]))
        {
            return Kind(words[1], index);
        }

        if (topic.Length > 0 && topic.All(ConditionWords.Contains) && own.QuestionWord is "what" or "which" or null)
        {
            return Condition;
        }

        if (topic.Length > 0 && topic.All(CaveatWords.Contains))
        {
            return Contrast;
        }

        if (topic.Length > 0 && topic.All(InclusionWords.Contains) && own.QuestionWord is "what" or "whats" or null)
        {
            return Inclusion;
        }

        // "reason?", "what was the motive"
        if (topic.Length > 0 && topic.All(ReasonWords.Contains) && own.QuestionWord is "what" or "whats" or null)
        {
            return Reason;
        }

        if (topic.Length > 0 && topic.All(ResponseWords.Contains) && pointsBack)
        {
            return [];
        }

        if (own.HasKnownTopic && !asksItsReason)
        {
            return null;
        }

        return first switch
        {
            "but" or "however" when words.Count <= 2 && !words.Contains("why") => Contrast,
            "why" or "how" when first == "why" || (words.Count > 1 && words[1] == "come") => Reason,
            "but" when words.Count > 1 && words[1] == "why" => Reason,
            "where" when words.Count == 1 => [.. Places(index)],
            // "where was he", "where did she say that": where the speaker was, not the sides' countries and capitals that
            // most statements name.
            "where" when words.Skip(1).All(w => Auxiliaries.Contains(w) || LightWords.Contains(w) || index.SpeechVerbs.Contains(w)) =>
                [.. Places(index).Where(name => !index.Vocabulary.SeatsOfGovernment.Any(s =>
                    string.Equals(s.Key, name, StringComparison.OrdinalIgnoreCase) || string.Equals(s.Value, name, StringComparison.OrdinalIgnoreCase)))],
            _ when Auxiliaries.Contains(first) && pointsBack && words.Count <= 5 => [],
            _ => null,
        };
    }

    private static IEnumerable<string> Places(KnowledgeIndex index) => index.Articles.SelectMany(a => a.Places).Select(p => p.Name).Distinct();

    /// <summary>"which cities": the word in either number and the data's places of that kind.</summary>
    private static string[] Kind(string plural, KnowledgeIndex index)
    {
        var singular = plural.EndsWith("ies", StringComparison.Ordinal) ? plural[..^3] + "y" : plural[..^1];
        var places = index.Articles.SelectMany(a => a.Places)
            .Where(p => string.Equals(p.Kind, singular, StringComparison.OrdinalIgnoreCase)).Select(p => p.Name);
        return [plural, singular, .. places.Distinct()];
    }

    private static bool Plural(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);
}
