using TalksBot.Core.Knowledge;

namespace TalksBot.Ingest.Attribution;

internal enum MentionKind
{
    /// <summary>A personal name, full ("John Kirby") or a single name with a title ("President Biden").</summary>
    Person,

    /// <summary>A single proper noun or "the" + proper noun: a surname, a country, an institution.</summary>
    Proper,

    Pronoun,

    /// <summary>A role without a name: "the president", "the head of the Russian delegation".</summary>
    Title,

    /// <summary>A collective: "the Ukrainian delegation", "U.S. officials", "the Kremlin".</summary>
    Group,

    Outlet,
}

/// <summary>How the text names a speaker at one place, before it is resolved to an actor.</summary>
/// <param name="GroupKind">For <see cref="MentionKind.Group"/>: delegation, group or government.</param>
internal sealed record ActorMention(MentionKind Kind, string Surface, string Name, string? Role, string? Rank, ActorKind GroupKind = ActorKind.Group)
{
    /// <summary>A military rank with what the lead says of it ("Poland's General", "Rear Admiral"): the person's role only when no
    /// mention gives another.</summary>
    public string? RankRole { get; init; }

    public string Surname => Name.Split(' ')[^1];
}
