using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using TalksBot.TestKit;

namespace TalksBot.Tests.Operations;

/// <summary>The built executable running as a server until the test sends it SIGTERM.</summary>
internal sealed class RunningBot : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _error = new();

    private RunningBot(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>The bot serving Slack over HTTP (its events endpoint signed with <paramref name="signingSecret"/>) against <paramref name="slack"/>.</summary>
    public static RunningBot StartSlackOverHttp(FakeSlackApi slack, string signingSecret, params string[] args) => Start(
        new Dictionary<string, string>
        {
            ["Slack__BotToken"] = TestCredentials.SlackBotToken(),
            ["Slack__SigningSecret"] = signingSecret,
            ["Slack__ApiBaseUrl"] = slack.BaseUrl,
        },
        ["--Knowledge:Watch=false", .. args]);

    public static RunningBot Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = BotProcess.StartInfo(environment, ["run", "--urls=" + address, .. args]);
        var bot = new RunningBot(Process.Start(start)!, address);
        bot._process.ErrorDataReceived += (_, line) =>
        {
            lock (bot._error)
            {
                bot._error.AppendLine(line.Data);
            }
        };
        bot._process.BeginErrorReadLine();
        bot._process.BeginOutputReadLine();
        return bot;
    }

    /// <summary>Polls <c>/readyz</c> until it answers 200.</summary>
    public async Task WaitUntilReadyAsync(HttpClient http, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            Assert.False(_process.HasExited, "the bot exited while starting: " + Error);
            try
            {
                using var response = await http.GetAsync(new Uri(Address, "/readyz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Assert.True(DateTime.UtcNow < deadline, "the bot never became ready: " + Error);
            await Task.Delay(100);
        }
    }

    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async Task<int> WaitForExitAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
