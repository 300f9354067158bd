using TalksBot.Core.Chat;

namespace TalksBot.Discord.Tests.Support;

public sealed class FakeAutocomplete : IAutocomplete
{
    public List<string> Questions { get; } =
    [
        "Who proposed neutrality?",
        "What security guarantees were discussed?",
        "Where were the talks held?",
        new string('x', 120),
    ];

    public List<string> People { get; } = ["Negotiator One", "Negotiator Two"];

    public IReadOnlyList<string> SuggestQuestions(string typed, int max) =>
        Questions.Where(q => q.Contains(typed, StringComparison.OrdinalIgnoreCase)).Take(max).ToList();

    public IReadOnlyList<string> SuggestPeople(string typed, int max) =>
        People.Where(p => p.Contains(typed, StringComparison.OrdinalIgnoreCase)).Take(max).ToList();
}
