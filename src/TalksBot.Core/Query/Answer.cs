namespace TalksBot.Core.Query;

/// <summary>The engine's outcome for one question. When <see cref="Answered"/> is false there are no
/// citations and <see cref="Text"/> says what the coverage can answer instead.</summary>
public sealed record Answer(bool Answered, string Text, IReadOnlyList<Citation> Citations)
{
    /// <summary>Questions the user could ask instead (set when the engine abstains).</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>A decline that is itself the answer (small talk, an opinion asked of the bot, a time after the coverage): the
    /// conversation's context does not replace it.</summary>
    public bool IsDeliberate { get; init; }
}
