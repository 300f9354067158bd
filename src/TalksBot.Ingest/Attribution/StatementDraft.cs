using TalksBot.Core.Knowledge;

namespace TalksBot.Ingest.Attribution;

/// <summary>A statement found in the text: paragraph <paramref name="Paragraph"/> (0-based), characters
/// <paramref name="Start"/> to <paramref name="End"/>, and who it belongs to. <paramref name="Cut"/>: the text ends inside
/// the quotation, so the span runs to the end of the last paragraph and goes no further.</summary>
internal sealed record StatementDraft(int Paragraph, StatementKind Kind, ActorDraft Speaker, ActorDraft? Via, int Start, int End, bool Cut = false);
