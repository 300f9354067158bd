namespace TalksBot.Core.Feedback;

/// <summary>What the clicker alone is told after a vote. When <see cref="OffersReasons"/> is set the
/// adapter shows <see cref="FeedbackReasons.All"/> as choices, each carrying the same token.</summary>
public sealed record FeedbackAck(string Text, bool OffersReasons);
