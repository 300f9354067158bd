using TalksBot.Core.Chat;
using TalksBot.Core.Query;
using TalksBot.TestKit;

namespace TalksBot.Core.Tests.Questions;

/// <summary>One engine and one router over the repository's data, shared by every question table.</summary>
internal static class Bot
{
    public static IQueryEngine Engine { get; } = TestCore.CreateEngine();

    public static ICommandRouter Router { get; } = TestCore.CreateRouter();
}
