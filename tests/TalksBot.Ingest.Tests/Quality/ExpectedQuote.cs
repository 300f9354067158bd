namespace TalksBot.Ingest.Tests.Quality;

/// <summary>A hand-labelled direct quote: its 1-based paragraph, its text, and the forms of its speaker's name.</summary>
public sealed record ExpectedQuote(int Paragraph, string Quote, IReadOnlyList<string> SpeakerNames);
