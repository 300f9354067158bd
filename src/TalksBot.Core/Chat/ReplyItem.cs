namespace TalksBot.Core.Chat;

/// <summary>One row of a listing: a title (a person, an article) and a detail line.</summary>
public sealed record ReplyItem(string Title, string? Detail = null, Uri? Link = null);
