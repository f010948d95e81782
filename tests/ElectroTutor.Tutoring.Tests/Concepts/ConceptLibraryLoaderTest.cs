using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Concepts;

namespace ElectroTutor.Tutoring.Tests.Concepts;

public class ConceptLibraryLoaderTest
{
    private static readonly string Sound = TestNotes.Note("k-leak", "Why K⁺ leaks out", "[gradients, nernst]", "[potassium leak, K+ efflux]");

    [Fact]
    public void Loads_a_sound_note_with_its_front_matter_and_body()
    {
        var result = TestNotes.Load(("concepts/k-leak.md", Sound));
        Assert.Empty(result.Errors);
        var note = Assert.Single(result.Library!.Notes);
        Assert.Equal("k-leak", note.Id);
        Assert.Equal("Why K⁺ leaks out", note.Title);
        Assert.Equal(["gradients", "nernst"], note.Skills);
        Assert.Equal(["potassium leak", "K+ efflux"], note.Aliases);
        Assert.StartsWith("The membrane keeps", note.Body, StringComparison.Ordinal);
        Assert.Equal("concepts/k-leak.md", note.File);
    }

    [Theory]
    [InlineData("id: k-leak", "id: K Leak", 2, "must be kebab-case")]
    [InlineData("id: k-leak", "id: k-leek", 2, "must match the file name 'k-leak.md'")]
    [InlineData("skills: [gradients, nernst]", "skills: [gradients, nernstt]", 4, "unknown skill 'nernstt'")]
    [InlineData("skills: [gradients, nernst]", "skills: []", 4, "at least one skill")]
    [InlineData("aliases: [potassium leak, K+ efflux]", "aliases: [potassium leak, K+ efflux]\ncolour: red", 6, "unknown key 'colour'")]
    [InlineData("title: Why K⁺ leaks out", "title: [Why, K]", 3, "'title' must be a single value")]
    [InlineData("title: Why K⁺ leaks out\n", "", 1, "'title' is required")]
    [InlineData("skills: [gradients, nernst]", "skills: [gradients, nernst", 2, "YAML syntax")]
    [InlineData("title: Why K⁺ leaks out", "title: Why K⁺ leaks out\n  bad: indent", 4, "YAML syntax")]
    public void Front_matter_problems_name_file_and_line(string find, string replace, int line, string expected)
    {
        var result = TestNotes.Load(("concepts/k-leak.md", Sound.Replace(find, replace, StringComparison.Ordinal)));
        Assert.Null(result.Library);
        var error = Assert.Single(result.Errors);
        Assert.Equal("concepts/k-leak.md", error.File);
        Assert.True(error.Line == line || (expected == "'title' is required" && error.Line <= 2), error.ToString());
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_without_front_matter_or_with_it_unclosed_is_an_error_on_line_1()
    {
        var missing = TestNotes.Load(("concepts/a.md", "Just some text about potassium."));
        Assert.Equal(1, Assert.Single(missing.Errors).Line);
        Assert.Contains("starts with front matter", missing.Errors[0].Message, StringComparison.Ordinal);

        var unclosed = TestNotes.Load(("concepts/a.md", "---\nid: a\ntitle: A\nskills: [gradients]\n" + TestNotes.Filler));
        Assert.Contains("never closed", Assert.Single(unclosed.Errors).Message, StringComparison.Ordinal);

        var empty = TestNotes.Load(("concepts/a.md", string.Empty));
        Assert.Equal(1, Assert.Single(empty.Errors).Line);
    }

    [Fact]
    public void Bodies_that_are_empty_too_short_or_too_long_are_errors_at_the_body_line()
    {
        var empty = TestNotes.Load(("concepts/k-leak.md", TestNotes.Note("k-leak", "K", body: string.Empty)));
        Assert.Contains("no text", Assert.Single(empty.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(7, empty.Errors[0].Line);

        var shortBody = TestNotes.Load(("concepts/k-leak.md", TestNotes.Note("k-leak", "K", body: "Too short.")));
        Assert.Contains("write at least 30", Assert.Single(shortBody.Errors).Message, StringComparison.Ordinal);

        var longBody = TestNotes.Load(("concepts/k-leak.md", TestNotes.Note("k-leak", "K", body: string.Join(' ', Enumerable.Repeat(TestNotes.Filler, 8)))));
        Assert.Contains("keep it to 250 or fewer", Assert.Single(longBody.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_skills_are_only_checked_when_a_skill_graph_is_given()
    {
        var text = TestNotes.Note("x", "X", "[no-such-skill]");
        var withoutGraph = ConceptLibraryLoader.Load([new BankSource("concepts/x.md", new StringReader(text))], skills: null);
        Assert.Empty(withoutGraph.Errors);
        Assert.NotNull(withoutGraph.Library);
    }

    [Fact]
    public void Duplicate_ids_name_the_second_file_and_its_id_line()
    {
        var result = TestNotes.Load(("concepts/nerve/x.md", TestNotes.Note("x", "X")), ("concepts/muscle/x.md", TestNotes.Note("x", "X again")));
        var error = Assert.Single(result.Errors);
        Assert.Equal("concepts/muscle/x.md", error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("also used by concepts/nerve/x.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_bad_note_does_not_hide_the_next_and_other_files_are_refused()
    {
        var result = TestNotes.Load(
            ("concepts/a.md", TestNotes.Note("a", "A", "[nope]")),
            ("concepts/b.md", TestNotes.Note("b", "B", "[nada]")),
            ("concepts/c.md", TestNotes.Note("c", "C")),
            ("concepts/notes.txt", "hello"));
        Assert.Null(result.Library);
        Assert.Equal(3, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.File == "concepts/notes.txt" && e.Message.Contains(".md", StringComparison.Ordinal));
    }

    [Fact]
    public void Coverage_lists_the_skills_without_a_note()
    {
        var library = TestNotes.Load(("concepts/a.md", TestNotes.Note("a", "A", "[gradients]"))).Library!;
        var error = Assert.Single(ConceptLibraryLoader.CheckCoverage(library, TestNotes.Skills));
        Assert.Contains("skill 'nernst' has no concept note", error.Message, StringComparison.Ordinal);
    }
}
