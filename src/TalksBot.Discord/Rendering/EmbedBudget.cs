namespace TalksBot.Discord.Rendering;

/// <summary>Counts what an embed has used of the 6000 characters shared by its title, description,
/// field names and values, and footer.</summary>
internal sealed class EmbedBudget(int total = DiscordLimits.EmbedTotal)
{
    public int Remaining { get; private set; } = total;

    /// <summary>Truncates <paramref name="text"/> to what is left (and to <paramref name="max"/>) and charges it.</summary>
    public string Take(string text, int max)
    {
        var taken = DiscordText.Truncate(text, Math.Min(max, Remaining));
        Remaining -= taken.Length;
        return taken;
    }
}
