using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Index;

/// <summary>An actor across all articles: the same id in several articles is one actor, with the
/// aliases of all of them. Name and role come from the first article that defines it.</summary>
internal sealed record CorpusActor(Actor Actor, IReadOnlyList<string> Aliases, int Concept)
{
    public string Id => Actor.Id;

    public string Name => Actor.Name;

    /// <summary>The roles the articles give the actor (each outlet may describe them differently).</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Statements whose speaker or outlet this actor is, or whose speaker belongs to it.</summary>
    public List<int> Entries { get; } = [];

    /// <summary>Statements this actor speaks themselves.</summary>
    public int OwnStatements { get; set; }

    /// <summary>Sorted term ids of the actor's names, role and affiliation, for "who is the …" questions.</summary>
    public int[] Descriptor { get; set; } = [];

    public bool DescriptorContains(int term) => Array.BinarySearch(Descriptor, term) >= 0;

    /// <summary>Stems of the actor's names and roles that no statement has ("colonel" of "Colonel General …"),
    /// which therefore have no term id.</summary>
    public IReadOnlySet<string> DescriptorStemsWithoutTerm { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Stems of the sentence where each article first names the actor, and the initials of the names in it
    /// ("rusi" of "Royal United Services Institute"): how the story introduced them ("who runs a flower stall").</summary>
    public IReadOnlySet<string> IntroductionStems { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The actor's names or roles hold this word that no statement has ("colonel").</summary>
    public bool NamesHoldUnknownWord(string word) =>
        DescriptorStemsWithoutTerm.Count > 0 && DescriptorStemsWithoutTerm.Contains(Text.Stemmer.Lookup(word.ToLowerInvariant()).Stem);
}
