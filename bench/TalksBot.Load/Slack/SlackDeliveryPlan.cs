using System.Globalization;

namespace TalksBot.Load.Slack;

/// <summary>A run of Events API deliveries of which a share are duplicates: retries of an earlier event
/// (<c>X-Slack-Retry-Num</c> 1–3), each sent to a random bot a little after the event itself. Events are spread
/// over many channels and users (Slack's one-post-a-second pace is per channel) and ask the questions given.</summary>
public sealed record SlackDeliveryPlan(IReadOnlyList<SlackEvent> Events, IReadOnlyList<SlackDelivery> Deliveries)
{
    private const int Channels = 400;
    private const int Users = 100;

    /// <summary>How far (in deliveries) after its event a duplicate may come.</summary>
    private const int DuplicateSpread = 40;

    /// <param name="tag">Makes this run's event ids and timestamps unique within a cluster.</param>
    public static SlackDeliveryPlan Create(int deliveries, double duplicateShare, int bots, IReadOnlyList<string> questions, int tag, int seed)
    {
        var random = new Random(seed);
        var duplicates = (int)Math.Round(deliveries * duplicateShare);
        var events = Enumerable.Range(0, deliveries - duplicates).Select(i => new SlackEvent(
            string.Create(CultureInfo.InvariantCulture, $"Ev{tag:D3}L{i:D7}"),
            string.Create(CultureInfo.InvariantCulture, $"{1_700_000_000 + tag}.{i:D6}"),
            string.Create(CultureInfo.InvariantCulture, $"C0LOAD{i % Channels:D4}"),
            string.Create(CultureInfo.InvariantCulture, $"U0LOAD{random.Next(Users):D4}"),
            questions[i % questions.Count])).ToList();

        var ordered = new List<(double Position, SlackDelivery Delivery)>();
        for (var i = 0; i < events.Count; i++)
        {
            ordered.Add((i, new SlackDelivery(events[i], i % bots, 0)));
        }

        for (var d = 0; d < duplicates; d++)
        {
            var of = random.Next(events.Count);
            ordered.Add((of + 0.5 + random.Next(DuplicateSpread), new SlackDelivery(events[of], random.Next(bots), 1 + random.Next(3))));
        }

        return new SlackDeliveryPlan(events, [.. ordered.OrderBy(o => o.Position).Select(o => o.Delivery)]);
    }
}
