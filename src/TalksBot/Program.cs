using TalksBot.Cli;
using TalksBot.Hosting;

return await BotApplication.RunAsync(CommandLine.Parse(args), Platforms.All, Console.In, Console.Out, Console.Error);
