using System.Text.Json.Serialization;
using TalksBot.Ingest.Conventions;
using TalksBot.Ingest.Evaluation;
using TalksBot.Ingest.Places;

namespace TalksBot.Ingest.Serialization;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ArticleFile))]
[JsonSerializable(typeof(NewsConventions))]
[JsonSerializable(typeof(GazetteerFile))]
[JsonSerializable(typeof(QuoteLabel))]
internal sealed partial class IngestJsonContext : JsonSerializerContext;
