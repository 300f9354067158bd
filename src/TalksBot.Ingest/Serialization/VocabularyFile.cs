namespace TalksBot.Ingest.Serialization;

/// <summary>The part of data/vocabulary.json the ingester needs: topic ids and their terms.</summary>
internal sealed record VocabularyFile(IReadOnlyList<TopicFile>? Topics);

internal sealed record TopicFile(string Id, string? Label, IReadOnlyList<string>? Terms);
