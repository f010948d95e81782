using ElectroTutor.Tutoring.Checking;

namespace ElectroTutor.Tutoring.Tests.Checking;

public sealed class ChoiceParsersTest
{
    [Fact]
    public void The_same_options_share_one_parser_and_other_options_get_their_own()
    {
        var parsers = new ChoiceParsers();
        string[] pump = ["3 Na⁺ out, 2 K⁺ in", "2 Na⁺ out, 3 K⁺ in", "3 Na⁺ in, 2 K⁺ out"];

        var first = parsers.For(pump);
        var again = parsers.For([.. pump]);
        var swapped = parsers.For([pump[1], pump[0], pump[2]]);

        Assert.Same(first, again);
        Assert.NotSame(first, swapped);
        Assert.Equal(0, first.Parse("3 na+ out, 2 k+ in").Index);
        Assert.Equal(1, swapped.Parse("3 na+ out, 2 k+ in").Index);
    }

    [Fact]
    public void Options_are_not_confused_by_where_the_texts_split()
    {
        var parsers = new ChoiceParsers();

        var ab = parsers.For(["a b", "c"]);
        var abc = parsers.For(["a", "b c"]);
        var separated = parsers.For(["a\u001Fb", "c"]);
        var split = parsers.For(["a", "b\u001Fc"]);
        var counted = parsers.For(["1:a", "b"]);
        var uncounted = parsers.For(["", "a1:b"]);

        Assert.Equal(6, parsers.Count);
        Assert.NotSame(ab, abc);
        Assert.NotSame(separated, split);
        Assert.NotSame(counted, uncounted);
        Assert.Equal(["a", "b c"], abc.Choices);
    }

    [Fact]
    public void The_memory_stays_within_its_capacity()
    {
        var parsers = new ChoiceParsers(capacity: 4);

        for (var i = 0; i < 50; i++)
        {
            parsers.For([$"option {i}", "none of these"]);
            Assert.InRange(parsers.Count, 1, 4);
        }

        Assert.Equal(1, parsers.For(["option 49", "none of these"]).Parse("none of these").Index);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChoiceParsers(capacity: 0));
    }
}
