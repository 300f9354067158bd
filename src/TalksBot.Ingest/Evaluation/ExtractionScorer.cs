using TalksBot.Core.Knowledge;

namespace TalksBot.Ingest.Evaluation;

/// <summary>Scores one ingested article against its labels. A label is found by the extracted direct quote
/// holding the largest share (at least <see cref="LabelMatching.MinWordShare"/>) of its words; that quote's
/// speaker, the speaker's role and the quote's outlet are then compared with the label's. An extracted quote
/// is correct when it finds a label, or when at least that share of its own words lies in one (a fragment). The outlet
/// compared is the one credited for that quote: labels leave a wire service credited for the whole story out, and so does this.</summary>
public static class ExtractionScorer
{
    public static ArticleScore Score(string name, IngestedArticle ingested, IReadOnlyList<QuoteLabel> labels, ICollection<string>? details = null)
    {
        var article = ingested.Article;
        var quotes = article.Statements.Where(s => s.Kind == StatementKind.DirectQuote).ToList();
        var actors = article.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        int found = 0, speakers = 0, roles = 0, outlets = 0;
        foreach (var label in labels)
        {
            var best = quotes.Select(s => (s, share: LabelMatching.WordShare(label.Quote, s.Quote)))
                .Where(x => x.share >= LabelMatching.MinWordShare)
                .OrderByDescending(x => x.share)
                .Select(x => x.s)
                .FirstOrDefault();
            if (best is null)
            {
                details?.Add($"{name}: missed \"{label.Quote}\" ({label.Speaker})");
                continue;
            }

            found++;
            var speaker = actors[best.Speaker];
            var via = best.Via is { } v && !ingested.WireCredited.Contains(best.Id) ? actors[v].Name : null;
            var (speakerOk, roleOk, viaOk) = (LabelMatching.SameSpeaker(label.Speaker, speaker),
                LabelMatching.SameRole(label.Role, speaker.Role), LabelMatching.SameVia(label.Via, via));
            speakers += speakerOk ? 1 : 0;
            roles += roleOk ? 1 : 0;
            outlets += viaOk ? 1 : 0;
            if (!speakerOk || !roleOk || !viaOk)
            {
                details?.Add($"{name}: \"{Clip(label.Quote)}\" speaker {speaker.Name} [{speaker.Role}] via {via ?? "-"}; "
                    + $"labelled {label.Speaker} [{label.Role}] via {label.Via ?? "-"}");
            }
        }

        var correct = 0;
        foreach (var q in quotes)
        {
            if (labels.Any(l => LabelMatching.WordShare(l.Quote, q.Quote) >= LabelMatching.MinWordShare
                || LabelMatching.WordShare(q.Quote, l.Quote) >= LabelMatching.MinWordShare))
            {
                correct++;
            }
            else
            {
                details?.Add($"{name}: extra \"{q.Quote}\" ({actors[q.Speaker].Name})");
            }
        }

        return new ArticleScore(name, labels.Count, quotes.Count, found, correct, speakers, roles, outlets);
    }

    private static string Clip(string quote) => quote.Length <= 60 ? quote : quote[..57] + "...";
}
