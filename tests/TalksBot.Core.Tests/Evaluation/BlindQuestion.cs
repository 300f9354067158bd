namespace TalksBot.Core.Tests.Evaluation;

/// <summary>One line of blind-questions.jsonl: a question as a user would type it, and what a
/// correct reply looks like.</summary>
/// <param name="Speakers">Every speaker whose statement is an acceptable first citation.</param>
/// <param name="Phrase">Verbatim alternatives, separated by '|'; an acceptable first citation's quote contains one.</param>
internal sealed record BlindQuestion(string Question, bool Answerable, IReadOnlyList<string>? Speakers, string? Phrase)
{
    public IReadOnlyList<string> Phrases => Phrase?.Split('|') ?? [];
}
