namespace TalksBot.Semantic;

/// <summary>Settings of section <c>Semantic</c>.</summary>
public sealed class SemanticOptions
{
    public const string SectionName = "Semantic";

    /// <summary>Off: answers are lexical only, and the model is never loaded.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The statement vector cache; a relative path is inside the data folder.</summary>
    public string CacheFile { get; set; } = Path.Combine("vectors", MiniLmEmbedder.ModelName + ".bin");
}
