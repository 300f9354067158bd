namespace TalksBot.Core.Query;

/// <summary>Where a citation was published.</summary>
public sealed record ArticleSource(string ArticleId, string Publisher, DateOnly? Date, string Title, Uri? Url);
