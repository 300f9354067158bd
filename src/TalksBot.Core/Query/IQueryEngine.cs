namespace TalksBot.Core.Query;

/// <summary>Answers a question from the current data, or abstains. Never throws for any input text.</summary>
public interface IQueryEngine
{
    Answer Ask(string question);

    /// <summary>Everything one person or party said, named as the user would ("Kirby", "the Ukrainian side").</summary>
    Answer QuotesOf(string person);
}
