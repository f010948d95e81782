using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Server.Tests.Cards;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Items;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Server.Tests.WebChat;

/// <summary>Reads a learner's open question from the server's database and works out a right answer, as a test's learner.</summary>
internal static class OpenQuestion
{
    public static async Task<string> RightAnswerAsync(string databaseFile, string userId)
    {
        var database = TutorDatabase.FromConnectionString(databaseFile);
        var learner = await new LearnerStore(database).FindAsync(new LearnerKey("directline", userId))
            ?? throw new InvalidOperationException($"No learner directline:{userId} in {databaseFile}.");
        var json = (await new ConversationStateStore(database, TimeProvider.System).LoadAsync(learner.Id))!.StateJson;
        var question = TutorStateJson.TryRead(json, out var problem, out _)?.State.Question
            ?? throw new InvalidOperationException($"No open question in the saved state ({problem}).");
        Assert.True(RealBank.Bank.TryGetTemplate(question.TemplateId, out var template));
        return ItemAnswerKey.Right(new ItemGenerator(ScenarioCatalog.Default).Generate(template, question.Seed).Item!);
    }
}
