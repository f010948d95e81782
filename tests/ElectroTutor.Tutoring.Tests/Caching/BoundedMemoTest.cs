using ElectroTutor.Tutoring.Caching;

namespace ElectroTutor.Tutoring.Tests.Caching;

public sealed class BoundedMemoTest
{
    [Fact]
    public void A_value_is_worked_out_once_per_key()
    {
        var memo = new BoundedMemo<string>(capacity: 8);
        var made = 0;
        string Make(string text)
        {
            made++;
            return text.ToUpperInvariant();
        }

        Assert.Equal("NA", memo.GetOrAdd("na", Make, "na"));
        Assert.Equal("NA", memo.GetOrAdd("na", Make, "na"));
        Assert.Equal("K", memo.GetOrAdd("k", Make, "k"));

        Assert.Equal(2, made);
        Assert.Equal(2, memo.Count);
    }

    [Fact]
    public void When_full_it_starts_again_empty_and_keeps_answering()
    {
        var memo = new BoundedMemo<int>(capacity: 4);

        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(i * 2, memo.GetOrAdd($"key {i}", n => n * 2, i));
            Assert.InRange(memo.Count, 1, 4);
        }

        Assert.Equal(4, memo.Capacity);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedMemo<int>(capacity: 0));
    }
}
