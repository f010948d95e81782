using ElectroTutor.BotFramework.Authentication;
using ElectroTutor.BotFramework.Connector;
using ElectroTutor.BotFramework.DirectLine;
using ElectroTutor.BotFramework.Hosting;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Content;
using ElectroTutor.Data.Reports;
using ElectroTutor.Data.Stores;
using ElectroTutor.Server.Charts;
using ElectroTutor.Server.Instructors;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Concepts;
using ElectroTutor.Tutoring.Conversation;

namespace ElectroTutor.Server.Tutor;

/// <summary>Registers the tutor: its question bank, database, stores, host, and the channels that reach it.</summary>
internal static class TutorServices
{
    /// <summary>The configuration key for the bank folder (default: the data/ folder found above the working directory or the program).</summary>
    public const string BankFolderKey = "ElectroTutor:Data";

    public static void AddTutor(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;
        var (bank, concepts) = LoadContent(configuration[BankFolderKey]);
        services.AddSingleton(bank);
        services.AddSingleton(concepts);
        services.AddSingleton(_ => TutorDatabase.Create(configuration[DatabaseProviders.ConfigurationKey], configuration.GetConnectionString(TutorDatabase.ConnectionStringName)));
        services.AddSingleton(TimeProvider.System);

        // One writer commits the turns of all learners waiting at that moment together (disposed, after draining, at shutdown).
        services.AddSingleton(provider => new GroupCommitTurnStore(provider.GetRequiredService<TutorDatabase>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider =>
        {
            var database = provider.GetRequiredService<TutorDatabase>();
            var clock = provider.GetRequiredService<TimeProvider>();
            var bank = provider.GetRequiredService<QuestionBank>();
            var stores = new TutorStores(
                new LearnerStore(database), new ConversationStateStore(database, clock), new SkillStateStore(database), provider.GetRequiredService<GroupCommitTurnStore>(), new ClassStore(database))
            {
                ClassSummaries = new ClassSummaryStore(database, bank.Skills, bank.Misconceptions, clock),
            };
            var engine = new TutorEngine(bank, MemoizedScenarioModel.Memoize(ScenarioCatalog.Default), provider.GetRequiredService<ConceptLibrary>());
            return new TutorHost(engine, stores, clock, () => Random.Shared.NextInt64(), new ConversationCache());
        });
        services.AddSingleton<ChartImageStore>();
        services.AddSingleton<ChartLinks>();
        services.AddHttpContextAccessor();
        services.AddSingleton<TutorTurnRunner>();
        services.AddHostedService<DatabaseMigration>();
        services.AddInstructorDashboard();
        services.AddChannels(configuration);
    }

    private static void AddChannels(this IServiceCollection services, ConfigurationManager configuration)
    {
        var appId = configuration["MicrosoftAppId"];
        services.AddBotFramework(options => options.MicrosoftAppId = appId);
        services.AddSingleton<IBotTurnHandler, TutorBot>();
        services.AddLocalDirectLine();
        services.AddSingleton<IDirectLineBot, TutorDirectLineBot>();
        services.AddHttpClient("BotConnector", client => client.Timeout = TimeSpan.FromSeconds(10));

        if (!string.IsNullOrWhiteSpace(appId))
        {
            var authentication = new BotAuthenticationOptions { MicrosoftAppId = appId };
            if (configuration["BotFramework:OpenIdMetadataUrl"] is { Length: > 0 } metadata)
            {
                authentication.OpenIdMetadataUrl = new Uri(metadata);
            }

            services.AddSingleton<IBotRequestAuthenticator>(provider => new BotConnectorAuthenticator(
                authentication, provider.GetRequiredService<IHttpClientFactory>().CreateClient("BotConnector"), provider.GetRequiredService<TimeProvider>()));
        }

        var credentials = new BotCredentialOptions();
        configuration.Bind(credentials);
        services.AddSingleton<IConnectorTokenProvider>(provider => ConnectorTokenProviderFactory.Create(
            credentials, provider.GetRequiredService<IHttpClientFactory>().CreateClient("BotConnector"), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IConnectorClient>(provider => new ConnectorClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient("BotConnector"),
            provider.GetRequiredService<IConnectorTokenProvider>(),
            new ConnectorOptions(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<ConnectorClient>>()));
    }

    private static (QuestionBank Bank, ConceptLibrary Concepts) LoadContent(string? configured)
    {
        var folder = BankFolder.Find(configured)
            ?? throw new InvalidOperationException($"No question bank was found: set {BankFolderKey} (env ElectroTutor__Data) to the data/ folder.");
        var loaded = BankFolder.Load(folder);
        var bank = loaded.Bank ?? throw new InvalidOperationException($"The question bank in {folder} has errors:{Environment.NewLine}{string.Join(Environment.NewLine, loaded.Errors)}");
        var notes = BankFolder.LoadConcepts(folder, bank.Skills);
        var concepts = notes.Library ?? throw new InvalidOperationException($"The concept notes in {folder} have errors:{Environment.NewLine}{string.Join(Environment.NewLine, notes.Errors)}");
        return (bank, concepts);
    }
}
