namespace TalksBot.Ingest.Places;

/// <summary>data/gazetteer.json as data/schema/gazetteer.schema.json lays it out.</summary>
internal sealed record GazetteerFile(IReadOnlyList<GazetteerPlace> Places);

/// <summary>A place of the world: its usual English name, "city", "country" or "region", and other spellings.</summary>
internal sealed record GazetteerPlace(string Name, string Kind, IReadOnlyList<string> Aliases);
