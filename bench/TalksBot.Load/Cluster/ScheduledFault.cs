namespace TalksBot.Load.Cluster;

/// <summary>Something done to the cluster once a share of a run's deliveries has been sent, while the run goes on.</summary>
public sealed record ScheduledFault(double AtShare, string Name, Func<Task> Act);
