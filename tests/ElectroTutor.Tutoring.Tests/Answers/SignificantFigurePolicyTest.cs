using ElectroTutor.Tutoring.Answers;

namespace ElectroTutor.Tutoring.Tests.Answers;

public class SignificantFigurePolicyTest
{
    [Theory]
    [InlineData(1, "1 significant figure")]
    [InlineData(2, null)]
    [InlineData(3, null)]
    [InlineData(4, null)]
    [InlineData(5, "5 significant figures")]
    [InlineData(12, "12 significant figures")]
    public void NoteFor_names_the_count_outside_the_range(int figures, string? phrase)
    {
        var note = new SignificantFigurePolicy(2, 4).NoteFor(figures);
        if (phrase is null)
        {
            Assert.Null(note);
        }
        else
        {
            Assert.Contains(phrase, note, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Constructor_rejects_an_empty_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SignificantFigurePolicy(0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SignificantFigurePolicy(3, 2));
        Assert.Equal(new SignificantFigurePolicy(2, 4), new SignificantFigurePolicy(2, 4));
    }
}
