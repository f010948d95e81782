using ElectroTutor.Tutoring.Items;

namespace ElectroTutor.Tutoring.Tests.Items;

public sealed class ItemAnswerKeyTest
{
    [Theory]
    [InlineData("nernst-potassium:7", "nernst-potassium", 7)]
    [InlineData("a:b:12", "a:b", 12)]
    public void Reads_item_ids(string itemId, string templateId, long seed)
    {
        Assert.True(ItemAnswerKey.TryParseItemId(itemId, out var template, out var parsedSeed));
        Assert.Equal(templateId, template);
        Assert.Equal(seed, parsedSeed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-seed")]
    [InlineData(":7")]
    [InlineData("t:x")]
    public void Refuses_what_is_not_an_item_id(string? itemId) =>
        Assert.False(ItemAnswerKey.TryParseItemId(itemId, out _, out _));

    [Fact]
    public void The_right_answer_is_graded_right_and_the_wrong_one_wrong_for_every_template()
    {
        var bank = ElectroTutor.Tutoring.Tests.Conversation.RealBank.Bank;
        var generator = new ItemGenerator(ElectroTutor.Simulation.Scenarios.ScenarioCatalog.Default);
        var checker = new ElectroTutor.Tutoring.Checking.ItemChecker(bank);
        foreach (var template in bank.Templates)
        {
            var item = generator.Generate(template, 11).Item!;
            Assert.True(checker.Check(item, ItemAnswerKey.Right(item)).IsCorrect, $"{template.Id}: {ItemAnswerKey.Right(item)}");
            Assert.False(checker.Check(item, ItemAnswerKey.Wrong(item)).IsCorrect, $"{template.Id}: {ItemAnswerKey.Wrong(item)}");
        }
    }
}
