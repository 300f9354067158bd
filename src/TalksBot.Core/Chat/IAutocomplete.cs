namespace TalksBot.Core.Chat;

/// <summary>Completions drawn from the loaded data, for platforms that offer them while the user types.
/// Both methods are cheap (no I/O) and return at most <c>max</c> plain-text entries, best first.</summary>
public interface IAutocomplete
{
    /// <summary>Questions the data can answer that fit what the user has typed so far.</summary>
    IReadOnlyList<string> SuggestQuestions(string typed, int max);

    /// <summary>Names of quoted people and parties that fit what the user has typed so far.</summary>
    IReadOnlyList<string> SuggestPeople(string typed, int max);
}
