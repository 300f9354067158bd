using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using TalksBot.Core.Knowledge;
using TalksBot.Ingest.Serialization;

namespace TalksBot.Ingest.Output;

/// <summary>Writes an article file exactly as data/ keeps them: schema field order, snake_case, two-space
/// indentation, non-ASCII unescaped, LF line ends and a final newline. Same article, same bytes.</summary>
internal static class ArticleJsonWriter
{
    public const string SchemaReference = "../schema/article.schema.json";

    private static readonly IngestJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Write(IngestedArticle ingested)
    {
        var a = ingested.Article;
        var file = new ArticleFile(
            SchemaReference,
            a.Id,
            a.Publisher,
            a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            a.Title,
            ingested.TitleIsDescriptive,
            a.Url?.AbsoluteUri,
            a.Event,
            a.Paragraphs,
            [.. a.Actors.Select(x => new ActorFile(x.Id, KindName(x.Kind), x.Name, x.Role, x.Affiliation, x.Aliases))],
            [.. a.Places.Select(p => new PlaceFile(p.Name, p.Kind, p.Aliases))],
            [.. a.Statements.Select(s => new StatementFile(s.Id, s.Paragraph, KindName(s.Kind), s.Speaker, s.Via, s.Quote, s.IsCut, s.Topics,
                s.Disputes.Count == 0 ? null : s.Disputes))]);
        return JsonSerializer.Serialize(file, Context.ArticleFile) + "\n";
    }

    public static string KindName(ActorKind kind) => kind.ToString().ToLowerInvariant();

    public static string KindName(StatementKind kind) => kind switch
    {
        StatementKind.DirectQuote => "direct_quote",
        StatementKind.ReportedClaim => "reported_claim",
        _ => "narration",
    };
}
