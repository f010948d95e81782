using ElectroTutor.Tutoring.Concepts;

namespace ElectroTutor.Tutoring.Tests.Concepts;

/// <summary>The notes in data/concepts: sound, covering every skill, and calm with odd input.</summary>
public class ShippedConceptsTest
{
    [Fact]
    public void The_shipped_notes_load_without_errors()
    {
        Assert.True(ShippedConcepts.Result.Errors.Count == 0, string.Join(Environment.NewLine, ShippedConcepts.Result.Errors));
        Assert.InRange(ShippedConcepts.Library.Notes.Count, 30, 60);
    }

    [Fact]
    public void Every_skill_has_a_note()
    {
        var missing = ConceptLibraryLoader.CheckCoverage(ShippedConcepts.Library, ShippedConcepts.Skills);
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
        Assert.All(ShippedConcepts.Skills.Skills, skill => Assert.NotEmpty(ShippedConcepts.Library.ForSkill(skill.Id)));
    }

    [Fact]
    public void Every_note_names_only_existing_skills_and_has_a_short_first_sentence()
    {
        Assert.All(ShippedConcepts.Library.Notes, note =>
        {
            Assert.All(note.Skills, skill => Assert.True(ShippedConcepts.Skills.Contains(skill), $"{note.Id}: unknown skill {skill}"));
            var words = note.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(words is >= 80 and <= 200, $"{note.Id}: {words} words");
            Assert.True(note.Summary.Length < note.Body.Length && note.Summary.Length <= 300, $"{note.Id}: summary '{note.Summary}'");
            Assert.EndsWith(".", note.Summary, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_note_is_found_by_its_own_title()
    {
        Assert.All(ShippedConcepts.Library.Notes, note =>
            Assert.Equal(note.Id, ShippedConcepts.Library.Search(note.Title, 1).Single().Note.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("🙂🙂🙂 ⚡🧠")]
    [InlineData("\0\u0001\u0007\u001b[2J\u007f")]
    [InlineData("?!?!...")]
    [InlineData("\ud800\udbff")]
    public void Odd_input_gets_no_answer_calmly(string question)
    {
        var answer = ShippedConcepts.Library.Answer(question);
        Assert.False(answer.Found);
        Assert.Null(answer.Note);
        Assert.NotEqual(ConceptAnswerStatus.Answered, answer.Status);
        Assert.Empty(ShippedConcepts.Library.Search(question, 5));
    }

    [Fact]
    public void Ten_kilobytes_of_text_is_not_searched()
    {
        var pasted = string.Concat(Enumerable.Repeat("why does potassium leave the cell at rest? ", 250));
        Assert.True(pasted.Length > 10_000);
        var answer = ShippedConcepts.Library.Answer(pasted);
        Assert.Equal(ConceptAnswerStatus.TooLong, answer.Status);
        Assert.Null(answer.Note);
    }
}
