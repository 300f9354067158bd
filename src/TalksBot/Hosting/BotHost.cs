using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using TalksBot.Cli;
using TalksBot.Core;
using TalksBot.Core.Chat;
using TalksBot.Core.Feedback;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Limits;
using TalksBot.Core.Loading;
using TalksBot.Hosting.Operations;
using TalksBot.Semantic;
using TalksBot.State;

namespace TalksBot.Hosting;

/// <summary>Builds the generic host: configuration (appsettings.json, environment, command line),
/// logging to standard error, the data loaded and validated up front, Core, and each platform whose
/// token is set. Serving platforms, Kestrel runs when one of them serves HTTP endpoints or <c>urls</c> is
/// set, and then also serves <c>/healthz</c>, <c>/readyz</c> and <c>/metrics</c>.</summary>
internal sealed record BotHost(IHost Host, bool PlatformsOn, string DataDirectory)
{
    /// <summary>appsettings.json from the current directory when it has one, else beside the executable.</summary>
    public static string ContentRoot => File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"))
        ? Directory.GetCurrentDirectory()
        : AppContext.BaseDirectory;

    /// <summary>The configuration the host will see, read before the host exists.</summary>
    public static IConfiguration Preview(CommandLine commandLine) => new ConfigurationBuilder()
        .SetBasePath(ContentRoot)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(commandLine.Settings)
        .Build();

    public static string DataDirectoryOf(IConfiguration configuration) =>
        DataPaths.Resolve((configuration.GetSection(KnowledgeOptions.SectionName).Get<KnowledgeOptions>() ?? new KnowledgeOptions()).DataDirectory);

    public static BotHost Build(CommandLine commandLine, IReadOnlyList<IPlatform> platforms)
    {
        var contentRoot = ContentRoot;
        var preview = Preview(commandLine);
        var interactive = commandLine.Verb != "run";
        var serving = !interactive && platforms.Any(p => p.IsOn(preview));
        var needsHttp = serving && (platforms.Any(p => p.UsesHttpEndpoint(preview)) || HasListenerSetting(preview));

        IHostApplicationBuilder builder = needsHttp
            ? WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = commandLine.Settings, ContentRootPath = contentRoot })
            : Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = commandLine.Settings, ContentRootPath = contentRoot });

        builder.Logging.ClearProviders();
        // One line per entry with its scopes (a question's CorrelationId); Logging:Console:FormatterName=json for JSON lines.
        builder.Logging.AddSimpleConsole(o => (o.SingleLine, o.IncludeScopes) = (true, true)).AddJsonConsole(o => o.IncludeScopes = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        var formatter = builder.Configuration["Logging:Console:FormatterName"] is ConsoleFormatterNames.Json ? ConsoleFormatterNames.Json : ConsoleFormatterNames.Simple;
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.FormatterName = formatter);
        builder.Services.AddOptions<OperationsOptions>().BindConfiguration(OperationsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // Services stop one after another in reverse order of registration, within the one deadline: each
        // adapter closes its gateway or sockets first, then finishes the work they handed over.
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<OperationsOptions>>((host, operations) => host.ShutdownTimeout = operations.Value.ShutdownTimeout);
        builder.Services.AddOptions<ChatOptions>().BindConfiguration(ChatOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var knowledgeOptions = builder.Configuration.GetSection(KnowledgeOptions.SectionName).Get<KnowledgeOptions>() ?? new KnowledgeOptions();
        var dataDirectory = DataDirectoryOf(builder.Configuration);
        var store = new KnowledgeStore(KnowledgeLoader.Load(dataDirectory, TimeProvider.System));
        builder.Services.AddTalksBotCore(store);
        builder.Services.AddTalksBotSemantic(builder.Configuration, dataDirectory);
        builder.Services.AddSingleton<BotMetrics>();
        builder.Services.AddSingleton<RatingRouter>();
        builder.Services.Replace(ServiceDescriptor.Singleton<ICommandRouter>(sp => new MeteredRouter(
            sp.GetService<IRateLimits>() is { } limits ? new RateLimitedRouter(sp.GetRequiredService<RatingRouter>(), limits) : sp.GetRequiredService<RatingRouter>(),
            sp.GetRequiredService<BotMetrics>(),
            sp.GetRequiredService<TimeProvider>())));
        builder.Services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => new KnowledgeReloader(store, dataDirectory, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<KnowledgeReloader>>()));
        if (knowledgeOptions.Watch)
        {
            builder.Services.AddHostedService<DataWatcher>();
        }

        // The feedback verb reports from the store the serving instances share.
        if (serving || commandLine.Verb == "feedback")
        {
            builder.Services.AddTalksBotState(builder.Configuration);
        }

        var platformsOn = false;
        if (!interactive)
        {
            foreach (var platform in platforms)
            {
                platformsOn |= platform.Add(builder.Services, builder.Configuration);
            }
        }

        if (interactive || !platformsOn)
        {
            // The console verbs print answers on standard output; in a terminal standard error shows beside
            // them, so only warnings and errors are logged there, not a line per question.
            builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Default", "Warning"), new("Logging:LogLevel:Microsoft", "Warning")]);
        }

        IHost host;
        if (builder is WebApplicationBuilder web)
        {
            web.Services.AddOperations();
            var app = web.Build();
            app.MapOperations();
            foreach (var platform in platforms)
            {
                platform.MapEndpoints(app);
            }

            host = app;
        }
        else
        {
            host = ((HostApplicationBuilder)builder).Build();
        }

        _ = host.Services.GetRequiredService<IOptions<ChatOptions>>().Value;
        _ = host.Services.GetRequiredService<IOptions<OperationsOptions>>().Value;
        _ = host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
        return new BotHost(host, platformsOn, dataDirectory);
    }

    /// <summary>An explicit listener address: <c>urls</c> (as setting or environment variable) or <c>ASPNETCORE_URLS</c>.</summary>
    private static bool HasListenerSetting(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["urls"]) || !string.IsNullOrWhiteSpace(configuration["ASPNETCORE_URLS"]);
}
