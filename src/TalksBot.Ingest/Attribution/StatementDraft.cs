using TalksBot.Core.Knowledge;

namespace TalksBot.Ingest.Attribution;

/// <summary>A statement found in the text: paragraph <paramref name="Paragraph"/> (0-based), characters
/// <paramref name="Start"/> to <paramref name="End"/>, and who it belongs to.</summary>
internal sealed record StatementDraft(int Paragraph, StatementKind Kind, ActorDraft Speaker, ActorDraft? Via, int Start, int End);
