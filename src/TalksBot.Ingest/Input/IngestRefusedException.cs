namespace TalksBot.Ingest.Input;

/// <summary>The input cannot become an article (empty, binary, too large, not UTF-8, no article body).
/// The message is one line meant for the user.</summary>
public sealed class IngestRefusedException(string message) : Exception(message);
