using System.Globalization;

namespace TalksBot.Ingest.Evaluation;

/// <summary>Counts for one article (or a sum of articles) measured against its labels.</summary>
/// <param name="Labels">Labelled quotes.</param>
/// <param name="Extracted">Direct quotes the ingester found.</param>
/// <param name="Found">Labels matched by an extracted quote (recall's numerator).</param>
/// <param name="Correct">Extracted quotes that match a label (precision's numerator).</param>
/// <param name="Speakers">Labels found with the labelled speaker.</param>
/// <param name="Roles">Labels found with the labelled role.</param>
/// <param name="Outlets">Labels found with the labelled outlet (or none when the label has none).</param>
/// <param name="Refusal">Why ingest refused the article, when it did.</param>
public sealed record ArticleScore(string Article, int Labels, int Extracted, int Found, int Correct, int Speakers, int Roles, int Outlets, string? Refusal = null)
{
    public const string Header = "| article | labels | extracted | recall | precision | speaker | role | outlet |";

    public double Recall => Ratio(Found, Labels);

    public double Precision => Ratio(Correct, Extracted);

    /// <summary>Of all labels, the share found with the right speaker (a missed label counts as wrong).</summary>
    public double SpeakerAccuracy => Ratio(Speakers, Labels);

    public double RoleAccuracy => Ratio(Roles, Labels);

    public double OutletAccuracy => Ratio(Outlets, Labels);

    public string Row => string.Create(CultureInfo.InvariantCulture,
        $"| {Article} | {Labels} | {Extracted} | {Found}/{Labels} | {Correct}/{Extracted} | {Speakers} | {Roles} | {Outlets} |{(Refusal is null ? "" : " refused: " + Refusal)}");

    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"quote recall {Recall:0.00} ({Found}/{Labels}), precision {Precision:0.00} ({Correct}/{Extracted}), speaker {SpeakerAccuracy:0.00} ({Speakers}/{Labels}), "
        + $"role {RoleAccuracy:0.00} ({Roles}/{Labels}), outlet {OutletAccuracy:0.00} ({Outlets}/{Labels})");

    public static ArticleScore Sum(string name, IEnumerable<ArticleScore> scores)
    {
        var list = scores.ToList();
        return new ArticleScore(name, list.Sum(s => s.Labels), list.Sum(s => s.Extracted), list.Sum(s => s.Found), list.Sum(s => s.Correct),
            list.Sum(s => s.Speakers), list.Sum(s => s.Roles), list.Sum(s => s.Outlets));
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
