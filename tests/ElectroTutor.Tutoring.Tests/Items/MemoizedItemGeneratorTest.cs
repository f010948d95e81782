using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Formulas;
using ElectroTutor.Tutoring.Items;
using ElectroTutor.Tutoring.Tests.Conversation;

namespace ElectroTutor.Tutoring.Tests.Items;

public class MemoizedItemGeneratorTest
{
    // Simulations are pure, so remembering their results (as the server does) changes no item and keeps the test quick.
    private static readonly ScenarioCatalog Catalog = MemoizedScenarioModel.Memoize(ScenarioCatalog.Default);
    private static readonly ItemGenerator Fresh = new(Catalog);

    private static ItemTemplate Nernst()
    {
        Assert.True(TestBank.Sound(TestBank.NernstTemplate).TryGetTemplate("nernst-k", out var template));
        return template;
    }

    [Fact]
    public void Every_template_of_the_bank_gives_the_item_a_fresh_generation_gives()
    {
        var memo = new MemoizedItemGenerator(new ItemGenerator(Catalog));
        foreach (var template in RealBank.Bank.Templates)
        {
            foreach (var seed in new long[] { 1, 77 })
            {
                var expected = Fresh.Generate(template, seed);
                AssertSame(expected, memo.Generate(template, seed));
                AssertSame(expected, memo.Generate(template, seed));
            }
        }
    }

    [Fact]
    public void A_remembered_item_is_returned_without_generating_again()
    {
        var memo = new MemoizedItemGenerator(new ItemGenerator(Catalog));
        var template = Nernst();
        var first = memo.Generate(template, 5).Item;
        Assert.NotNull(first);
        Assert.Same(first, memo.Generate(template, 5).Item);
        Assert.Equal(1, memo.Count);
    }

    [Fact]
    public void It_keeps_at_most_its_capacity_and_forgets_the_oldest_first()
    {
        var memo = new MemoizedItemGenerator(new ItemGenerator(Catalog), capacity: 3);
        var template = Nernst();
        var items = Enumerable.Range(1, 4).Select(seed => memo.Generate(template, seed).Item!).ToList();
        Assert.Equal(3, memo.Count);
        Assert.Same(items[3], memo.Generate(template, 4).Item);
        Assert.Same(items[1], memo.Generate(template, 2).Item);
        var again = memo.Generate(template, 1).Item!;
        Assert.NotSame(items[0], again);
        Assert.Equal(items[0].Prompt, again.Prompt);
        Assert.Equal(3, memo.Count);
    }

    [Fact]
    public void A_different_template_under_the_same_id_is_not_served_the_remembered_item()
    {
        var memo = new MemoizedItemGenerator(new ItemGenerator(Catalog));
        var template = Nernst();
        var harder = template with { Prompt = "Changed: " + template.Prompt };
        var first = memo.Generate(template, 9).Item!;
        var changed = memo.Generate(harder, 9).Item!;
        Assert.StartsWith("Changed: ", changed.Prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("Changed: ", first.Prompt, StringComparison.Ordinal);
        Assert.Equal(1, memo.Count);
    }

    [Fact]
    public void Many_threads_at_once_get_the_right_items_and_the_bound_holds()
    {
        var memo = new MemoizedItemGenerator(new ItemGenerator(Catalog), capacity: 16);
        var templates = RealBank.Bank.Templates.Take(6).ToList();
        var expected = templates.ToDictionary(t => t.Id, t => Enumerable.Range(0, 40).Select(seed => Fresh.Generate(t, seed).Item?.Prompt).ToList(), StringComparer.Ordinal);
        var wrong = 0;
        Parallel.For(0, 4_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var template = templates[i % templates.Count];
            var seed = (i * 7) % 40;
            if (memo.Generate(template, seed).Item?.Prompt != expected[template.Id][seed])
            {
                Interlocked.Increment(ref wrong);
            }

            Assert.InRange(memo.Count, 0, memo.Capacity);
        });
        Assert.Equal(0, wrong);
        Assert.InRange(memo.Count, 1, 16);
    }

    [Fact]
    public void A_failed_generation_is_given_back_as_the_generator_gave_it()
    {
        var template = Nernst() with { Constraints = [Formula.Parse("kOut < 0")] };
        var memo = new MemoizedItemGenerator(new ItemGenerator(Catalog));
        var result = memo.Generate(template, 3);
        Assert.False(result.Succeeded);
        Assert.Equal(Fresh.Generate(template, 3).Error, result.Error);
        Assert.Same(result, memo.Generate(template, 3));
    }

    [Fact]
    public void A_shared_item_cannot_be_changed_through_its_lists()
    {
        var item = new MemoizedItemGenerator(new ItemGenerator(Catalog)).Generate(Nernst(), 2).Item!;
        Assert.Throws<NotSupportedException>(() => ((ICollection<string>)item.Hints).Add("another hint"));
        Assert.Throws<NotSupportedException>(() => ((ICollection<ItemVariant>)item.Variants).Clear());
        Assert.Throws<NotSupportedException>(() => ((ICollection<ItemParameter>)item.Parameters).Clear());
    }

    [Fact]
    public void Bad_arguments_are_refused_clearly()
    {
        Assert.Throws<ArgumentNullException>(() => new MemoizedItemGenerator(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MemoizedItemGenerator(Fresh, capacity: 0));
        Assert.Throws<ArgumentNullException>(() => new MemoizedItemGenerator(Fresh).Generate(null!, 1));
    }

    private static void AssertSame(ItemGenerationResult expected, ItemGenerationResult actual)
    {
        Assert.Equal(expected.Error, actual.Error);
        if (expected.Item is not { } e)
        {
            Assert.Null(actual.Item);
            return;
        }

        var a = actual.Item!;
        Assert.Equal(e.Id, a.Id);
        Assert.Equal(e.Prompt, a.Prompt);
        Assert.Equal(e.Parameters, a.Parameters);
        Assert.Equal(e.Answer, a.Answer);
        Assert.Equal(e.AnswerUnit, a.AnswerUnit);
        Assert.Equal(e.Variants, a.Variants);
        Assert.Equal(e.Choices, a.Choices);
        Assert.Equal(e.OrderingShown, a.OrderingShown);
        Assert.Equal(e.CorrectOrder, a.CorrectOrder);
        Assert.Equal(e.Hints, a.Hints);
        Assert.Equal(e.Solution, a.Solution);
        Assert.Equal(e.Explanation, a.Explanation);
    }
}
