namespace TalksBot.Ingest.Attribution;

/// <summary>An attribution found next to a quote: its speaker phrase (none when the subject is elided,
/// "…, but added that"), where that phrase starts, and the outlet it came through, if named.</summary>
/// <param name="Verb">The attribution verb ("said", "added"), when the cue has one.</param>
internal sealed record AttributionCue(ActorMention? Speaker, int Start, ActorMention? Via, bool IsReport = false, string? Verb = null)
{
    public bool Elided => Speaker is null;
}
