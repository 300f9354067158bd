using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TalksBot.Cli;
using TalksBot.Core.Chat;
using TalksBot.Core.Feedback;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.Core.Query;
using TalksBot.Core.Semantic;
using TalksBot.Ingest;
using TalksBot.Semantic;

namespace TalksBot.Hosting;

/// <summary>Runs a verb: <c>run</c> (platforms, or the console chat when none is configured),
/// <c>chat</c>, <c>ask</c>, <c>check</c>, <c>eval</c>, <c>fit</c>, <c>ingest</c>, <c>feedback</c>. Exit codes: 0 done, 1 bad data or settings, 2 bad usage.</summary>
internal static class BotApplication
{
    public static async Task<int> RunAsync(CommandLine commandLine, IReadOnlyList<IPlatform> platforms, TextReader input, TextWriter output, TextWriter error)
    {
        if (commandLine.Verb == "ingest")
        {
            // Ingest reads and checks the data itself, so it works even while data/ holds a bad file.
            var preview = BotHost.Preview(commandLine);
            var dataDirectory = BotHost.DataDirectoryOf(preview);
            var code = IngestCommand.Run(commandLine.Arguments, dataDirectory, output, error);
            if (code == 0 && !commandLine.HasFlag("--dry-run") && !commandLine.HasFlag("--eval")
                && await VectorCacheWarmer.WarmAsync(preview, dataDirectory, NullLoggerFactory.Instance) is { } done)
            {
                await error.WriteLineAsync(done);
            }

            return code;
        }

        BotHost bot;
        try
        {
            bot = BotHost.Build(commandLine, platforms);
        }
        catch (DataValidationException e)
        {
            await error.WriteLineAsync("Data error: " + e.Message);
            return 1;
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync("Settings error: " + string.Join("; ", e.Failures));
            return 1;
        }

        using var host = bot.Host;
        var services = host.Services;
        switch (commandLine.Verb)
        {
            case "check":
                return await CheckCommand.RunAsync(services.GetRequiredService<IKnowledgeSource>().Current, bot.DataDirectory, output);
            case "ask":
                return await AskCommand.RunAsync(commandLine, services.GetRequiredService<ICommandRouter>(), services.GetRequiredService<IQueryEngine>(),
                    services.GetRequiredService<IOptions<ChatOptions>>().Value, input, output, error);
            case "eval":
                return await EvalCommand.RunAsync(commandLine, services.GetRequiredService<ICommandRouter>(), services.GetRequiredService<IKnowledgeSource>(),
                    services.GetRequiredService<SemanticSearch>(), output, error);
            case "fit":
                return await FitCommand.RunAsync(commandLine, services.GetRequiredService<IKnowledgeSource>(), services.GetRequiredService<SemanticSearch>(),
                    bot.DataDirectory, output, error);
            case "feedback":
                return await FeedbackCommand.RunAsync(commandLine, services.GetRequiredService<IFeedbackStore>(), services.GetRequiredService<IKnowledgeSource>().Current,
                    output, error);
            case "run" when bot.PlatformsOn:
                return await ServeAsync(host, error);
            default:
                return await ChatAsync(host, input, output);
        }
    }

    /// <summary>Serves the platforms until SIGTERM or Ctrl+C, or until an adapter stops the host on a
    /// fatal error (it sets a non-zero exit code and logs why).</summary>
    private static async Task<int> ServeAsync(IHost host, TextWriter error)
    {
        try
        {
            await host.RunAsync();
        }
        catch (OperationCanceledException) when (Environment.ExitCode != 0)
        {
            // A platform refused the credentials while the host was still starting.
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync("Settings error: " + string.Join("; ", e.Failures));
            return 1;
        }

        return Environment.ExitCode;
    }

    private static async Task<int> ChatAsync(IHost host, TextReader input, TextWriter output)
    {
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var interactive = !Console.IsInputRedirected && ReferenceEquals(input, Console.In);
            var feedback = new ConsoleFeedback(host.Services.GetRequiredService<FeedbackRecorder>());
            var chat = new ConsoleChat(host.Services.GetRequiredService<ICommandRouter>(), feedback, input, output, interactive);
            await host.StartAsync(stop.Token);
            await chat.RunAsync(stop.Token);
            await host.StopAsync(CancellationToken.None);
            return 0;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
