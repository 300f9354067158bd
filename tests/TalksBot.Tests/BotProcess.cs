using System.Diagnostics;

namespace TalksBot.Tests;

/// <summary>Runs the built TalksBot executable as a separate process, as a user would.</summary>
internal static class BotProcess
{
    private static readonly string Assembly = Path.Combine(AppContext.BaseDirectory, "TalksBot.dll");

    public static async Task<Result> RunWithInputAsync(string? stdin, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = StartInfo(environment, args);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>How to start the executable with every stream redirected, in a neutral working directory.</summary>
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string>? environment, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return start;
    }

    public static Task<Result> RunAsync(params string[] args) => RunWithInputAsync(null, null, args);

    public sealed record Result(int ExitCode, string Output, string Error);
}
