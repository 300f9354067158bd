using TalksBot.Ingest.Conventions;
using TalksBot.Ingest.Text;

namespace TalksBot.Ingest.Attribution;

/// <summary>The channel each speaker was last seen using ("in a tweet", "on Telegram", "on state television"):
/// their later quotes with no outlet of their own come through it. An outlet one interview was given to ("told
/// the BBC") is not a channel and is not carried over.</summary>
internal sealed class ChannelMemory(Lexicon lexicon)
{
    private readonly Dictionary<ActorDraft, ActorDraft> _channelOf = [];

    public bool IsChannel(ActorDraft outlet)
    {
        var words = Words.Fold(outlet.Name).Split(' ');
        var channels = lexicon.Data.Channels;
        return channels.ContainsKey(words[^1]) || (words.Length > 1 && channels.ContainsKey(words[^2] + " " + words[^1]))
            || channels.Values.Contains(outlet.Name, StringComparer.Ordinal);
    }

    /// <summary>"The governor, X, took to the Telegram messaging app…": X's next quotes come through that channel.</summary>
    public void Saw(ActorDraft speaker, ActorDraft outlet)
    {
        if (IsChannel(outlet))
        {
            _channelOf[speaker] = outlet;
        }
    }

    /// <summary>The statement with its speaker's channel when it names no outlet; one naming a channel sets it.</summary>
    public StatementDraft Apply(StatementDraft statement)
    {
        if (statement.Via is { } own)
        {
            Saw(statement.Speaker, own);
            return statement;
        }

        return _channelOf.TryGetValue(statement.Speaker, out var channel) && channel != statement.Speaker
            ? statement with { Via = channel }
            : statement;
    }
}
