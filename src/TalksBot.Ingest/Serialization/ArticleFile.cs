using System.Text.Json.Serialization;

namespace TalksBot.Ingest.Serialization;

/// <summary>An article file as data/schema/article.schema.json lays it out, field for field and in order.</summary>
internal sealed record ArticleFile(
    [property: JsonPropertyName("$schema")] string? Schema,
    string Id,
    string Publisher,
    string? Date,
    string Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool TitleIsDescriptive,
    string? Url,
    string? Event,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<ActorFile> Actors,
    IReadOnlyList<PlaceFile>? Places,
    IReadOnlyList<StatementFile> Statements);

internal sealed record ActorFile(
    string Id,
    string Kind,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Role,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Affiliation,
    IReadOnlyList<string>? Aliases);

internal sealed record PlaceFile(
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Kind,
    IReadOnlyList<string>? Aliases);

internal sealed record StatementFile(
    string Id,
    int Paragraph,
    string Kind,
    string Speaker,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Via,
    string Quote,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Cut,
    IReadOnlyList<string>? Topics,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Disputes);
