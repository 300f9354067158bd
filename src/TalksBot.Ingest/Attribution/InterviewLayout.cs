using System.Text.RegularExpressions;
using TalksBot.Ingest.Conventions;

namespace TalksBot.Ingest.Attribution;

/// <summary>Question-and-answer layout: paragraphs opening with a speaker label ("Q:", "A:", "KULEBA:").
/// Answers are the interviewee's words without quotation marks; questions are the outlet's.</summary>
internal sealed partial class InterviewLayout
{
    private const int MinQuestions = 2;

    private readonly HashSet<string> _questions;
    private readonly HashSet<string> _answers;

    private readonly string _publisher;
    private readonly Lexicon _lexicon;

    private InterviewLayout(Lexicon lexicon, string publisher)
    {
        _questions = new(lexicon.Data.QuestionLabels, StringComparer.OrdinalIgnoreCase);
        _answers = new(lexicon.Data.AnswerLabels, StringComparer.OrdinalIgnoreCase);
        _publisher = publisher;
        _lexicon = lexicon;
    }

    /// <summary>The layout when at least two paragraphs are labelled questions, else null.</summary>
    public static InterviewLayout? Detect(IReadOnlyList<string> paragraphs, Lexicon lexicon, string publisher)
    {
        var layout = new InterviewLayout(lexicon, publisher);
        return paragraphs.Count(p => Label(p) is { } l && layout.IsQuestion(l.Label)) >= MinQuestions ? layout : null;
    }

    public static (string Label, int BodyStart)? Label(string paragraph)
    {
        var m = LabelPattern().Match(paragraph);
        return m.Success ? (m.Groups["label"].Value, m.Length) : null;
    }

    /// <summary>"Q:", "Interviewer:", or the publisher asking by its name or initials ("REYKJAVÍK REVIEW:", "RR:").</summary>
    public bool IsQuestion(string label) =>
        _questions.Contains(label) || Text.Words.Compact(label) == Text.Words.Compact(_publisher)
        || Text.Words.IsShortFormOf(label, _publisher, _lexicon.OutletNouns.Contains);

    public bool IsAnswer(string label) => _answers.Contains(label);

    [GeneratedRegex(@"^(?<label>[A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,2}) ?: +(?=\S)")]
    private static partial Regex LabelPattern();
}
