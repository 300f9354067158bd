namespace TalksBot.Load.Soak;

/// <summary>One bot's resident memory over the soak's measured window, which begins after the warm-up (when the
/// bounded caches have reached their steady size). Flat means it grew less than <see cref="FlatMegabytes"/> from
/// the window's first sample to its last.</summary>
public sealed class MemoryWindow
{
    public const double FlatMegabytes = 5;

    private readonly List<double> _samples = [];

    public double? First => _samples.Count > 0 ? _samples[0] : null;

    public double? Last => _samples.Count > 0 ? _samples[^1] : null;

    public double? Growth => Last - First;

    public double? Peak => _samples.Count > 0 ? _samples.Max() : null;

    public bool Flat => Growth is < FlatMegabytes;

    public void Add(double? residentMegabytes)
    {
        if (residentMegabytes is { } megabytes)
        {
            _samples.Add(megabytes);
        }
    }
}
